package org.leoprotocol.earlywarning;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A new finding updates the officer's indicators and flag in the same request, well within a second. */
@LeoIntegrationTest
class LiveRecomputeIntegrationTests {

	@Autowired
	EarlyWarning earlyWarning;

	@Autowired
	PerformanceEntries entries;
	@Autowired
	Roster roster;
	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;

	@Test
	void aSecondInsufficientEvidenceFindingRaisesTheFlagAtOnce() {
		OfficerId officer = roster
			.enlist(new NewOfficer("82001", "Live", "Subject", "Police Officer", null, null, null));
		LocalDate today = LocalDate.now(java.time.Clock.systemUTC());
		assertThat(entries
			.recordAllegation(new NewAllegation(officer, "IA-LIVE-1", today.minusMonths(14), today.minusMonths(12),
					Category.DISCOURTESY, "rude to a lost child's parent", Finding.NOT_SUSTAINED), Actor.staff("test")))
			.isEmpty();
		assertThat(entries.recordAllegation(new NewAllegation(officer, "IA-LIVE-2", today.minusMonths(3), null,
				Category.DISCOURTESY, "dismissive to a caller", Finding.PENDING), Actor.staff("test")))
			.isEmpty();

		long started = System.nanoTime();
		var flag = entries
			.recordAllegation(new NewAllegation(officer, "IA-LIVE-2", today.minusMonths(3), today.minusDays(1),
					Category.DISCOURTESY, "dismissive to a caller", Finding.NOT_SUSTAINED), Actor.staff("test"));
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(flag).get().satisfies(raised -> assertThat(ReasonFixtures.english(raised.reasons()))
			.anyMatch(reason -> reason
				.startsWith("Repeated insufficient-evidence pattern: 2 separate complaints of discourtesy")));
		assertThat(took).isLessThan(Duration.ofSeconds(1));
		assertThat(earlyWarning.indicators(earlyWarning.trackedOfficer(officer), null).notSustained2y()).isEqualTo(2);
	}

	@Test
	void aFindingWithoutAClosingDateIsRefusedInWords() throws Exception {
		OfficerId officer = roster.enlist(new NewOfficer("82002", "Live", "Other", "Police Officer", null, null, null));

		mvc.perform(post("/api/v1/early-warning/allegations").contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"officer": "%s", "complaintReference": "IA-9", "receivedOn": "2026-01-05", "category": "FORCE", "finding": "SUSTAINED"}
							"""
						.formatted(officer.value()))
			.with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("A SUSTAINED finding needs the date the complaint was closed (closedOn)"));
		mvc.perform(get("/api/v1/early-warning/roster/{id}/indicators", officer.value()).param("asOf", "2026-02-01")
			.with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.indicators.complaints5y").value(0));
		mvc.perform(get("/api/v1/early-warning/ranking").param("agency", "CITY").param("asOf", "2026-02-01")
			.param("limit", "0")
			.with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("limit must be between 1 and 1000"));
		mvc.perform(get("/api/v1/early-warning/ranking").param("agency", "CITY").param("asOf", "2026-02-01")
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].indicators.agency").value("CITY"));
	}
}
