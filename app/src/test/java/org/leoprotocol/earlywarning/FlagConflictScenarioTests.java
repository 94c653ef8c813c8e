package org.leoprotocol.earlywarning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No one reviews an early-warning flag they have a stake in: the flagged officer (here a sergeant himself), a sergeant
 * and a commander who declared a relation to him are recused from every step of the review (acknowledge, plan, close),
 * each recusal recorded; an unrelated sergeant reviews it; and a review taken before its reviewer declared a relation
 * to the officer is flagged for review.
 */
@LeoIntegrationTest
class FlagConflictScenarioTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	EarlyWarning earlyWarning;

	@Autowired
	PerformanceEntries entries;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.resetToSystemTime();
	}

	@Test
	void theFlaggedOfficerAndWhoeverDeclaredARelationToHimAreRecusedFromEveryStepOfTheReview() throws Exception {
		clock.set(Instant.parse("2026-07-01T08:00:00Z"));
		String badge = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		OfficerId officer = roster
			.enlist(new NewOfficer(badge, "Flagged", "Sergeant" + badge, "Sergeant", null, null, null));
		Flag flag = entries.recordProtocolFinding(officer, LocalDate.of(2026, 6, 20), "SUPERVISOR_NOT_NOTIFIED",
				"supervisor notified 35 minutes late", null, Actor.staff("test"))
			.orElseThrow();
		RequestPostProcessor himself = account("ew-self-" + badge, officer, Role.SUPERVISOR);
		RequestPostProcessor brother = account("ew-brother-" + badge, null, Role.SUPERVISOR);
		RequestPostProcessor commander = account("ew-cousin-" + badge, null, Role.COMMAND);
		RequestPostProcessor unrelated = account("ew-unrelated-" + badge, null, Role.SUPERVISOR);
		declare(brother, badge, "brother");
		declare(commander, badge, "cousin");

		for (RequestPostProcessor stake : new RequestPostProcessor[] { himself, brother, commander }) {
			review(flag, "{\"step\":\"ACKNOWLEDGE\"}", stake).andExpect(status().isConflict())
				.andExpect(jsonPath("$.messageKey").value(startsWith("conflicts.recused")));
		}
		review(flag, "{\"step\":\"ACKNOWLEDGE\"}", unrelated).andExpect(status().isOk());
		review(flag,
				"{\"step\":\"PLAN\",\"plan\":\"Refresher on notification deadlines\",\"followUpOn\":\"2026-09-01\"}",
				brother)
			.andExpect(status().isConflict());
		review(flag,
				"{\"step\":\"PLAN\",\"plan\":\"Refresher on notification deadlines\",\"followUpOn\":\"2026-09-01\"}",
				unrelated)
			.andExpect(status().isOk());
		review(flag, "{\"step\":\"CLOSE\",\"outcome\":\"Nothing to see\"}", himself).andExpect(status().isConflict());
		assertThat(
				jdbc.sql("select count(*) from recusal where case_number = :flag").param("flag", flag.id().toString())
					.query(Long.class).single())
			.as("each recused reviewer recorded once").isEqualTo(3);

		declare(unrelated, badge, "former partner");
		assertThat(jdbc
			.sql("select action from conflict_review where record_kind = 'EARLY_WARNING_FLAG' and record_id = :flag")
			.param("flag", flag.id().toString()).query(String.class).list())
			.as("the acknowledgement taken before the declaration, flagged for review")
			.singleElement().asString().startsWith("conflicts.noted|conflicts.act.flag.acknowledged|");
	}

	RequestPostProcessor account(String username, OfficerId officer, Role role) {
		staff.ensureAccount(new StaffDirectory.NewStaffAccount(username, username,
				officer == null ? null : officer.value(), Set.of(role),
				StaffAccountsForTests.PASSWORD));
		return httpBasic(username, StaffAccountsForTests.PASSWORD);
	}

	void declare(RequestPostProcessor who, String badge, String relation) throws Exception {
		mvc.perform(post("/api/v1/conflicts/relations").with(who).contentType(MediaType.APPLICATION_JSON)
			.content("{\"badgeNumber\":\"" + badge + "\",\"relation\":\"" + relation + "\"}"))
			.andExpect(status().isCreated());
	}

	ResultActions review(Flag flag, String json, RequestPostProcessor who) throws Exception {
		return mvc.perform(post("/api/v1/early-warning/flags/{id}/review", flag.id()).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}
}
