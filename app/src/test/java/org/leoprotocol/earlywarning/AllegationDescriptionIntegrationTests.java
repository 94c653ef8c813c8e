package org.leoprotocol.earlywarning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.earlywarning.reason.AllegationSaid;
import org.leoprotocol.investigations.AllegationId;
import org.leoprotocol.investigations.FindingStage;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Early warning keeps what Leo says of an allegation of its own investigations as a sentence each reader reads in their
 * language, the investigator's description below it as typed; an allegation described in English before is read back
 * into that sentence by migration V120.
 */
@LeoIntegrationTest
class AllegationDescriptionIntegrationTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@Autowired
	EarlyWarning earlyWarning;
	@Autowired
	Roster roster;
	@Autowired
	Investigations investigations;
	@Autowired
	Investigators investigators;
	@Autowired
	MessageSource messages;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aSpanishReaderReadsTheCategoryOfAFinalFindingInSpanishEvenWhenItWasKeptInEnglishBefore() throws IOException {
		OfficerId officer = roster
			.enlist(new NewOfficer("84101", "Described", "Subject", "Police Officer", null, null, null));
		Investigation opened = CasesInReview.open(investigations, investigators, "ew-described-investigator", officer,
				org.leoprotocol.investigations.Category.NEGLECT_OF_DUTY, "report not taken: | twice");
		AllegationId allegation = opened.allegations().get(0).id();
		investigations.recordFinding(opened.id(), allegation, FindingStage.FINAL,
				org.leoprotocol.investigations.Finding.NOT_SUSTAINED, null, null, Actor.staff("test"));
		UUID tracked = earlyWarning.trackedOfficer(officer);
		await().atMost(Duration.ofSeconds(5)).until(() -> earlyWarning.indicators(tracked, null).notSustained2y() == 1);

		String spanish = "incumplimiento del deber (alegación " + allegation + ")";
		assertThat(said(tracked)).isEqualTo(spanish);
		assertThat(AllegationSaid.typed(description(tracked))).contains("report not taken: | twice");

		jdbc.sql("update ew_allegation set description = :english where officer_id = :officer")
			.param("english", "Neglect of duty (allegation " + allegation + "): report not taken: | twice")
			.param("officer", tracked).update();
		jdbc.sql(new ClassPathResource("db/migration/V120__early_warning_allegation_category_as_key.sql")
			.getContentAsString(StandardCharsets.UTF_8)).update();

		assertThat(said(tracked)).isEqualTo(spanish);
		assertThat(AllegationSaid.typed(description(tracked))).contains("report not taken: | twice");
	}

	private String said(UUID officer) {
		return messages.getMessage(AllegationSaid.said(description(officer)).orElseThrow(), SPANISH);
	}

	private String description(UUID officer) {
		return jdbc.sql("select description from ew_allegation where officer_id = :officer").param("officer", officer)
			.query(String.class).single();
	}
}
