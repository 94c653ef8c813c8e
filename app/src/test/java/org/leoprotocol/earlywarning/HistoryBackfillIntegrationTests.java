package org.leoprotocol.earlywarning;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.earlywarning.cli.BackfillCommand;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The backfill rebuilds an officer's early-warning record from the investigations module when early warning's own copy
 * is missing (here: its allegation rows deleted, as after a rebuild of its tables), and running it again stores nothing
 * twice.
 */
@LeoIntegrationTest
class HistoryBackfillIntegrationTests {

	@Autowired
	EarlyWarning earlyWarning;
	@Autowired
	HistoryBackfill backfill;
	@Autowired
	BackfillCommand command;
	@Autowired
	Roster roster;
	@Autowired
	Investigations investigations;
	@Autowired
	Investigators investigators;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aFinalFindingEarlyWarningLostComesBackFromTheCaseAndOnlyOnce() {
		OfficerId officer = roster
			.enlist(new NewOfficer("84001", "Backfill", "Subject", "Police Officer", null, null, null));
		Investigation opened = CasesInReview.open(investigations, investigators, "ew-backfill-investigator", officer,
				org.leoprotocol.investigations.Category.NEGLECT_OF_DUTY, "report not taken");
		AllegationId allegation = opened.allegations().get(0).id();
		investigations.recordFinding(opened.id(), allegation, FindingStage.FINAL,
				org.leoprotocol.investigations.Finding.NOT_SUSTAINED,
				null, null, Actor.staff("test"));
		UUID tracked = earlyWarning.trackedOfficer(officer);
		await().atMost(Duration.ofSeconds(5)).until(() -> earlyWarning.indicators(tracked, null).notSustained2y() == 1);
		Indicators live = earlyWarning.indicators(tracked, null);

		jdbc.sql("delete from ew_allegation where officer_id = :officer").param("officer", tracked).update();
		assertThat(earlyWarning.indicators(tracked, null).complaints5y()).isZero();

		HistoryBackfill.Result result = backfill.run(line -> {
		});

		assertThat(result.findings()).isPositive();
		assertThat(earlyWarning.indicators(tracked, null)).isEqualTo(live);
		StringWriter console = new StringWriter();
		assertThat(command.run(List.of(), new PrintWriter(console, true))).isZero();
		assertThat(console.toString()).contains("final finding(s)").contains("officer(s) flagged");
		assertThat(earlyWarning.indicators(tracked, null)).isEqualTo(live);
		assertThat(jdbc.sql("select count(*) from ew_allegation where officer_id = :officer").param("officer", tracked)
			.query(Integer.class).single()).isEqualTo(1);
	}
}
