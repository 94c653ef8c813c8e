package org.leoprotocol.investigations;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scenario 002, the leaked holding-room clip: an internal investigation of a decorated officer suspected of interfering
 * with a case that involves his daughter. An investigator with a personal stake is refused the case and refused access,
 * both audited; the public case page shows only status, dates and allegation category while the case is open, the
 * findings after closure, and never a name.
 */
@LeoIntegrationTest
class Scenario002Tests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	Investigators investigators;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aConflictedInvestigatorIsRefusedAndThePublicSeesOnlyWhatPolicyAllows() throws Exception {
		clock.set(Instant.parse("2026-09-01T08:00:00Z"));
		roster.establishUnit("HQ", "Office of the Chief", null);
		roster.establishUnit("IA", "Internal Affairs Division", "HQ");
		roster.establishUnit("DETECTIVES", "Detective Bureau", "HQ");
		roster.enlist(new NewOfficer("4410", "Thomas", "Reyes", "Detective Sergeant", "DETECTIVES",
				LocalDate.of(2004, 3, 1), null));
		roster.enlist(new NewOfficer("4471", "Paul", "Grant", "Detective", "IA", LocalDate.of(2010, 3, 1), null));
		String conflicted = "test-investigator-" + "friend";
		investigators.register(conflicted, "Detective Paul Grant", "4471");
		investigators.declare(conflicted, "4410", "godfather of his daughter");
		investigators.register("test-investigator", "Test investigator", null);
		CaseApi api = new CaseApi(mvc, staff);

		String caseId = api.open("INTERNAL", null, "4410", "INTERFERENCE_WITH_INVESTIGATION");
		String caseNumber = new ScenarioSteps(mvc, api).caseNumber(caseId);
		api.assign(caseId, conflicted).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("godfather of his daughter")));
		investigators.register("test-command", "Commander on duty", null);
		investigators.declare("test-command", "4410", "brother");
		api.get(Role.COMMAND, "/api/v1/investigations/{id}", caseId).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from audit_event where record_id = :id and outcome = 'FAILURE'")
			.param("id", caseId)
			.query(Long.class).single()).isEqualTo(2);
		api.assign(caseId, "test-investigator").andExpect(status().isForbidden());

		mvc.perform(get("/api/v1/public/cases/{n}", caseNumber)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("Open"))
			.andExpect(jsonPath("$.categories").value(hasItem("Interference with an investigation")))
			.andExpect(jsonPath("$.outcomes.length()").value(0))
			.andExpect(content().string(not(containsString("Reyes"))))
			.andExpect(content().string(not(containsString("daughter"))));

		clock.advance(Duration.ofDays(181));
		api.get(Role.INVESTIGATOR, "/api/v1/investigations/overdue")
			.andExpect(jsonPath("$[*].caseNumber", hasItem(caseNumber)));
		mvc.perform(get("/public/cases/{n}", caseNumber)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Interference with an investigation")))
			.andExpect(content().string(not(containsString("Reyes"))));
	}

	/**
	 * The investigator refused the case for his relation to the officer under investigation is refused its evidence too
	 * (the body-camera video of the story), by the conflict policy, whatever his role; each refusal is audited.
	 */
	@Test
	void theConflictedInvestigatorIsRefusedTheInvestigationAndItsEvidence() throws Exception {
		clock.set(Instant.parse("2026-09-02T08:00:00Z"));
		roster.establishUnit("HQ", "Office of the Chief", null);
		roster.establishUnit("IA", "Internal Affairs Division", "HQ");
		roster.establishUnit("DETECTIVES", "Detective Bureau", "HQ");
		roster.enlist(new NewOfficer("4420", "Victor", "Salas", "Detective Sergeant", "DETECTIVES",
				LocalDate.of(2004, 3, 1), null));
		var godfather = roster
			.enlist(new NewOfficer("4481", "Ivan", "Holt", "Detective", "IA", LocalDate.of(2010, 3, 1), null));
		String conflicted = "s002-godfather";
		staff.ensureAccount(new org.leoprotocol.access.StaffDirectory.NewStaffAccount(conflicted, "Detective Ivan Holt",
				godfather.value(),
				java.util.Set.of(Role.INVESTIGATOR), org.leoprotocol.StaffAccountsForTests.PASSWORD));
		investigators.register(conflicted, "Detective Ivan Holt", "4481");
		investigators.declare(conflicted, "4420", "godfather of his daughter");
		CaseApi api = new CaseApi(mvc, staff);
		String caseId = api.open("INTERNAL", null, "4420", "INTERFERENCE_WITH_INVESTIGATION");
		String caseNumber = new ScenarioSteps(mvc, api).caseNumber(caseId);
		var asConflicted = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.httpBasic(conflicted,
					org.leoprotocol.StaffAccountsForTests.PASSWORD);

		api.assign(caseId, conflicted).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/investigations/{id}", caseId).with(asConflicted)).andExpect(status().isForbidden());
		String video = com.jayway.jsonpath.JsonPath.read(mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/evidence").param("kind", "PHOTO").param("fileName", "holding-room-still.png")
				.param("device", "CCTV holding room 2")
				.param("recordedFrom", "2026-09-01T08:51:00Z").param("recordedTo", "2026-09-01T08:52:00Z")
				.param("location", "Central station, holding room 2").param("caseReference", caseNumber)
				.content(org.leoprotocol.evidence.EvidenceFixtures.aPhoto())
				.with(org.leoprotocol.StaffAccountsForTests.as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(get("/api/v1/evidence/{id}", video).with(asConflicted)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("Conflict of interest in case " + caseNumber)))
			.andExpect(jsonPath("$.detail").value(containsString("godfather of his daughter")));
		mvc.perform(get("/api/v1/evidence/{id}/download", video).with(asConflicted)).andExpect(status().isForbidden());
		mvc.perform(
				get("/api/v1/evidence/{id}", video).with(org.leoprotocol.StaffAccountsForTests.as(staff, Role.COMMAND)))
			.andExpect(status().isOk());

		assertThat(jdbc.sql("select count(*) from audit_event where record_id = :id and outcome = 'FAILURE'")
			.param("id", caseId)
			.query(Long.class).single()).as("assignment and read refused").isEqualTo(2);
		assertThat(jdbc
			.sql("select count(*) from audit_event where record_id = :id and action = 'ACCESS_DENIED' and actor = :who")
			.param("id", video).param("who", conflicted).query(Long.class).single()).as("view and download refused")
			.isEqualTo(2);
	}
}
