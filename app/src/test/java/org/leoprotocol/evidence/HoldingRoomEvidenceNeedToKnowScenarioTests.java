package org.leoprotocol.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scenario 002 (docs/scenarios.md), need to know without anyone setting a case team: the holding-room case's evidence
 * is closed by default. The investigator assigned to the case and a supervisor in his chain of command read it; the
 * officer under investigation and a supervisor of another unit are refused, and every refusal is audited.
 */
@LeoIntegrationTest
class HoldingRoomEvidenceNeedToKnowScenarioTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	Investigators investigators;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;

	@Test
	void theCaseEvidenceIsClosedToTheSubjectAndAnotherUnitsSupervisorAndOpenToTheCaseTeam() throws Exception {
		clock.set(Instant.parse("2026-03-14T10:00:00Z"));
		roster.establishUnit("HQ", "Office of the Chief", null);
		roster.establishUnit("IA", "Internal Affairs Division", "HQ");
		roster.establishUnit("DETECTIVES", "Detective Bureau", "HQ");
		roster.establishUnit("PATROL", "Patrol Bureau", "HQ");
		roster.establishUnit("NORTH", "North Precinct", "PATROL");
		RequestPostProcessor subject = account("n002-subject", officer("22002", "DETECTIVES"), Role.OFFICER,
				Role.SUPERVISOR);
		RequestPostProcessor investigator = account("n002-investigator", officer("22071", "IA"), Role.INVESTIGATOR);
		RequestPostProcessor iaLieutenant = account("n002-ia-lieutenant", officer("22070", "IA"), Role.SUPERVISOR);
		RequestPostProcessor otherSupervisor = account("n002-north-sergeant", officer("22090", "NORTH"),
				Role.SUPERVISOR);
		investigators.register("n002-investigator", "Det. Ivy Ames", "22071");

		String opened = mvc
			.perform(post("/api/v1/investigations").with(investigator).contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"caseType":"INTERNAL","summary":"Interference with an investigation","allegations":[
								 {"badgeNumber":"22002","category":"INTERFERENCE_WITH_INVESTIGATION","description":"As alleged."}]}
								"""))
			.andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
		String caseId = JsonPath.read(opened, "$.investigation.id");
		String caseNumber = JsonPath.read(opened, "$.investigation.caseNumber");
		mvc.perform(post("/api/v1/investigations/{id}/assignment", caseId).with(as(staff, Role.COMMAND))
			.contentType(MediaType.APPLICATION_JSON).content("{\"investigator\":\"n002-investigator\"}"))
			.andExpect(status().is2xxSuccessful());

		String item = JsonPath.read(mvc.perform(post("/api/v1/evidence").param("kind", "PHONE_RECORDS")
			.param("fileName", "holding-room-log.csv").param("caseReference", caseNumber)
			.content(EvidenceFixtures.phoneRecords())
			.with(investigator)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
		mvc.perform(post("/api/v1/evidence/{id}/links", item).with(investigator).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"CASE\",\"reference\":\"" + caseNumber + "\"}")).andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/evidence/{id}", item).with(investigator)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/evidence/{id}", item).with(iaLieutenant)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/evidence/{id}", item).with(as(staff, Role.COMMAND))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/evidence/{id}", item).with(otherSupervisor)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("You are not on the team of case " + caseNumber));
		mvc.perform(get("/api/v1/evidence/{id}/download", item).with(otherSupervisor))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/evidence/{id}", item).with(subject)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/evidence", item).with(otherSupervisor)).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + item + "')]").isEmpty());

		assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and record_id = :id")
			.param("id", item).query(Long.class).single()).isEqualTo(3);
	}

	private OfficerId officer(String badge, String unit) {
		return roster.enlist(
				new NewOfficer(badge, "Test", "Officer " + badge, "Sergeant", unit, LocalDate.of(2010, 1, 1), null));
	}

	private RequestPostProcessor account(String username, OfficerId officer, Role... roles) {
		staff.ensureAccount(new NewStaffAccount(username, username, officer.value(), Set.of(roles),
				StaffAccountsForTests.PASSWORD));
		return httpBasic(username, StaffAccountsForTests.PASSWORD);
	}
}
