package org.leoprotocol.investigations;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerStatus;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class InvestigationIntegrationTests {

	static final AtomicInteger BADGES = new AtomicInteger(50_000);

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

	CaseApi api;
	String accused;

	@BeforeEach
	void aCaseDesk() {
		clock.resetToSystemTime();
		api = new CaseApi(mvc, staff);
		roster.establishUnit("I-HQ", "Investigations test headquarters", null);
		roster.establishUnit("I-PATROL", "Patrol division", "I-HQ");
		roster.establishUnit("I-SQUAD", "Patrol squad", "I-PATROL");
		roster.establishUnit("I-IA", "Internal affairs", "I-HQ");
		accused = enlist("I-SQUAD");
		investigators.register("test-investigator", "Test investigator", null);
	}

	@Test
	void refusesConflictedInvestigatorsAndAuditsEachRefusal() throws Exception {
		String caseId = api.open("INTERNAL", null, accused, "INTERFERENCE_WITH_INVESTIGATION");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATE' and record_type = 'Investigation'"
				+ " and record_id = :id")
			.param("id", caseId).query(Long.class).single()).as("the opening, audited under the new case").isOne();
		investigators.register("own-lieutenant-" + accused, "Lieutenant of the patrol division", enlist("I-PATROL"));
		investigators.register("friend-" + accused, "A friend from the academy", enlist("I-IA"));
		investigators.declare("friend-" + accused, accused, "brother-in-law");
		investigators.register("self-" + accused, "The accused himself", accused);

		api.assign(caseId, "own-lieutenant-" + accused).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("is in the chain of command of accused officer")));
		api.assign(caseId, "friend-" + accused).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("declared a personal relation (brother-in-law)")));
		api.assign(caseId, "self-" + accused).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("is one of the accused officers")));
		api.assign(caseId, "nobody-registered").andExpect(status().isNotFound());

		assertThat(jdbc.sql("select count(*) from audit_event where record_id = :id and outcome = 'FAILURE'")
			.param("id", caseId).query(Long.class).single()).isEqualTo(3);
		api.assign(caseId, "test-investigator").andExpect(status().isOk())
			.andExpect(jsonPath("$.investigation.status").value("INVESTIGATING"));
	}

	@Test
	void closeRefusesWithoutAFinalFindingPerAllegationAndKeepsEveryChange() throws Exception {
		String second = enlist("I-SQUAD");
		String caseId = api.open("CITIZEN_COMPLAINT", null, accused, "DISCOURTESY", second, "FORCE");
		String first = api.allegation(caseId, 0);
		String other = api.allegation(caseId, 1);
		api.assign(caseId, "test-investigator");

		api.finding(caseId, first, "FINAL", "SUSTAINED", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("is investigating; cannot record a final finding")));
		api.finding(caseId, first, "RECOMMENDED", "NOT_SUSTAINED", null).andExpect(status().isOk());
		api.post(Role.INVESTIGATOR, "/api/v1/investigations/{id}/review", "{}", caseId).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("no recommended finding yet for use of force")));
		api.finding(caseId, other, "RECOMMENDED", "CLOSED_NO_FINDING", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("A finding of closed without finding needs a reason"));
		api.finding(caseId, other, "RECOMMENDED", "EXONERATED", null).andExpect(status().isOk());
		api.post(Role.INVESTIGATOR, "/api/v1/investigations/{id}/review", "{}", caseId).andExpect(status().isOk());

		api.finding(caseId, first, "FINAL", "SUSTAINED", null).andExpect(status().isOk());
		api.post(Role.COMMAND, "/api/v1/investigations/{id}/close", "{}", caseId).andExpect(status().isConflict())
			.andExpect(
					jsonPath("$.detail").value(containsString("cannot close: no final finding yet for use of force")));
		api.finding(caseId, first, "FINAL", "NOT_SUSTAINED", null).andExpect(status().isOk());
		api.finding(caseId, other, "FINAL", "EXONERATED", null).andExpect(status().isOk());
		api.post(Role.COMMAND, "/api/v1/investigations/{id}/close", "{}", caseId).andExpect(status().isOk())
			.andExpect(jsonPath("$.investigation.status").value("CLOSED"))
			.andExpect(jsonPath("$.investigation.allegations[0].finalFinding.finding").value("NOT_SUSTAINED"))
			.andExpect(jsonPath("$.findingHistory.length()").value(5))
			.andExpect(jsonPath("$.findingHistory[2].finding").value("SUSTAINED"))
			.andExpect(jsonPath("$.findingHistory[2].recordedBy").value("test-command"));

		assertThatThrownBy(() -> jdbc.sql("update allegation_finding set finding = 'UNFOUNDED'").update())
			.rootCause().hasMessageContaining("allegation_finding is append-only");
	}

	@Test
	void overdueCasesAndCaseloadsFollowTheStatutoryClock() throws Exception {
		String caseId = api.open("CRITICAL_INCIDENT", null, accused, "FORCE");
		api.assign(caseId, "test-investigator").andExpect(status().isOk());
		api.get(Role.COMMAND, "/api/v1/investigations/overdue").andExpect(jsonPath("$[*].id", not(hasItem(caseId))));

		clock.advance(Duration.ofDays(91));

		api.get(Role.COMMAND, "/api/v1/investigations/overdue").andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(caseId)));
		api.get(Role.COMMAND, "/api/v1/investigations/caseload").andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.investigator == 'test-investigator')].overdue",
					hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1))));
	}

	@Test
	void personnelActionsFromACaseReachTheRosterWithTheCaseNumber() throws Exception {
		String caseId = api.open("INTERNAL", null, accused, "NEGLECT_OF_DUTY");
		String caseNumber = com.jayway.jsonpath.JsonPath
			.read(api.get(Role.COMMAND, "/api/v1/investigations/{id}", caseId)
				.andReturn().getResponse().getContentAsString(), "$.investigation.caseNumber");

		api.post(Role.INVESTIGATOR, "/api/v1/investigations/{id}/personnel-actions",
				"""
						{"badgeNumber":"%s","action":"ADMINISTRATIVE_LEAVE","reason":"pending investigation"}"""
					.formatted(accused),
				caseId)
			.andExpect(status().isForbidden());
		String leave = api.propose(caseId, accused, "ADMINISTRATIVE_LEAVE", "effective immediately");
		String surrender = api.propose(caseId, accused, "WEAPON_AND_BADGE_SURRENDERED", "to the responding supervisor");
		assertThat(roster.history(roster.findByBadge(accused).orElseThrow().id())).isEmpty();
		api.post(Role.COMMAND, "/api/v1/investigations/{id}/personnel-actions/{p}/approval", "{}", caseId, leave)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("investigations.separation.ownProposal"));
		api.approveAsSecond(caseId, leave).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ADMINISTRATIVE_LEAVE"));
		api.approveAsSecond(caseId, leave).andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("investigations.separation.alreadyApproved"));
		api.approveAsSecond(caseId, surrender).andExpect(status().isOk());
		api.get(Role.COMMAND, "/api/v1/investigations/{id}/personnel-actions", caseId).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].proposedBy").value("test-command"))
			.andExpect(jsonPath("$[0].approvedBy").value(CaseApi.SECOND_COMMAND));
		api.post(Role.COMMAND, "/api/v1/investigations/{id}/personnel-actions", """
				{"badgeNumber":"%s","action":"SUSPENSION","reason":"x"}""".formatted(enlist("I-SQUAD")), caseId)
			.andExpect(status().isBadRequest());

		var history = roster.history(roster.findByBadge(accused).orElseThrow().id());
		assertThat(history).hasSize(1);
		assertThat(history.get(0).to()).isEqualTo(OfficerStatus.ADMINISTRATIVE_LEAVE);
		assertThat(history.get(0).caseReference()).isEqualTo(caseNumber);
		assertThat(jdbc.sql("select count(*) from case_personnel_action where investigation_id = cast(:id as uuid)")
			.param("id", caseId)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void theStatusChangeACaseOrderedSaysLeosPartInTheReadersLanguageAndTheProposersReasonAsTyped() throws Exception {
		String caseId = api.open("INTERNAL", null, accused, "NEGLECT_OF_DUTY");
		api.approveAsSecond(caseId, api.propose(caseId, accused, "SUSPENSION", "pending the hearing"))
			.andExpect(status().isOk());
		var officer = roster.findByBadge(accused).orElseThrow().id();

		mvc.perform(get("/staff/personnel/{id}", officer).header("Accept-Language", "es")
			.with(StaffAccountsForTests.as(staff, Role.COMMAND)))
			.andExpect(content().string(containsString("<td>Suspensión ordenada por el expediente, propuesta por "
					+ "test-command y aprobada por " + CaseApi.SECOND_COMMAND
					+ "<br><span data-user-text>pending the hearing</span></td>")))
			.andExpect(content().string(not(containsString("proposed by"))))
			.andExpect(content().string(not(containsString("personnel.reason."))));
		mvc.perform(get("/api/v1/officers/{id}", officer).header("Accept-Language", "es")
			.with(StaffAccountsForTests.as(staff, Role.COMMAND)))
			.andExpect(jsonPath("$.history[0].said").value(
					"Suspensión ordenada por el expediente, propuesta por test-command y aprobada por "
							+ CaseApi.SECOND_COMMAND))
			.andExpect(jsonPath("$.history[0].reason").value("pending the hearing"));
	}

	@Test
	void badRequestsGetClearAnswers() throws Exception {
		api.post(Role.INVESTIGATOR, "/api/v1/investigations",
				"{\"caseType\":\"INTERNAL\",\"summary\":\"x\",\"allegations\":[]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("A case needs at least one allegation: an officer and a category"));
		api.post(Role.INVESTIGATOR, "/api/v1/investigations",
				"""
						{"caseType":"INTERNAL","summary":"x","allegations":[{"badgeNumber":"no-such","category":"FORCE","description":"x"}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("No officer with badge number no-such"));
		api.post(Role.INVESTIGATOR, "/api/v1/investigations", "{\"caseType\":\"NONSENSE\"}")
			.andExpect(status().isBadRequest());
		api.get(Role.OFFICER, "/api/v1/investigations").andExpect(status().isForbidden());
		api.get(Role.INVESTIGATOR, "/api/v1/investigations/{id}", java.util.UUID.randomUUID())
			.andExpect(status().isNotFound());
		api.post(Role.INVESTIGATOR, "/api/v1/investigations/{id}/entries", "{\"kind\":\"STATEMENT\",\"content\":\"x\"}",
				api.open("INTERNAL", null, accused, "FORCE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("name and role of the person")));
	}

	private String enlist(String unit) {
		String badge = Integer.toString(BADGES.incrementAndGet());
		roster.enlist(
				new NewOfficer(badge, "Officer", "N" + badge, "Police Officer", unit, LocalDate.of(2015, 1, 1), null));
		return badge;
	}
}
