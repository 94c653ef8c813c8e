package org.leoprotocol.earlywarning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.earlywarning.indicators.RiskScore;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scenarios 000 and 001 of docs/scenarios.md through the API: Officer Miller's history flags him for the pattern of
 * insufficient-evidence findings and the protocol finding; Deputy Rodriguez's commendation moves no one.
 */
@LeoIntegrationTest
class EarlyWarningScenarioTests {

	static final Instant THE_DAY_AT_THE_FOUNTAIN = Instant.parse("2026-06-15T12:00:00Z");

	/**
	 * Agnes Gable two years earlier, Mr. Henderson six months earlier: both closed NOT_SUSTAINED for lack of evidence.
	 */
	static final String MILLERS_HISTORY = """
			complaint_id,badge_number,first_name,last_name,rank,unit,received_on,closed_on,category,allegation,finding
			IA-2024-031,734,Mark,Miller,Police Officer,CENTRAL-A,2024-06-20,2024-10-02,NEGLECT_OF_DUTY,Dismissive response to a reported purse snatching (Agnes Gable),NOT_SUSTAINED
			IA-2025-112,734,Mark,Miller,Police Officer,CENTRAL-A,2025-12-10,2026-03-20,NEGLECT_OF_DUTY,Missing-teenager report not filed for 48 hours (Mr. Henderson),NOT_SUSTAINED
			""";

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

	OfficerId miller;
	OfficerId rodriguez;

	@BeforeEach
	void theDepartment() {
		clock.set(THE_DAY_AT_THE_FOUNTAIN);
		roster.establishUnit("HQ", "Office of the Chief", null);
		roster.establishUnit("PATROL", "Patrol Bureau", "HQ");
		roster.establishUnit("CENTRAL", "Central Precinct", "PATROL");
		roster.establishUnit("CENTRAL-A", "Central Precinct, A Squad", "CENTRAL");
		roster.establishUnit("NORTH", "North Precinct", "PATROL");
		roster.establishUnit("NORTH-A", "North Precinct, A Squad", "NORTH");
		miller = roster.enlist(
				new NewOfficer("734", "Mark", "Miller", "Police Officer", "CENTRAL-A", LocalDate.of(2011, 3, 1), null));
		rodriguez = roster
			.enlist(new NewOfficer("2218", "Daniel", "Rodriguez", "Deputy", "NORTH-A", LocalDate.of(2016, 3, 1), null));
	}

	@AfterEach
	void resetClock() {
		clock.resetToSystemTime();
	}

	@Test
	void scenario000MillersHistoryAndTheProtocolFindingRaiseAFlagBeforeAnyoneReadsHisFile() throws Exception {
		mvc.perform(post("/api/v1/early-warning/import").param("mapping", "leo").contentType("text/csv")
			.content(MILLERS_HISTORY)
			.with(as(staff, Role.ADMIN))).andExpect(status().isOk()).andExpect(jsonPath("$.rejected").value(0));
		Flag beforeTheDay = earlyWarning.recompute(earlyWarning.trackedOfficer(miller)).orElseThrow();
		assertThat(ReasonFixtures.english(beforeTheDay.reasons())).anyMatch(reason -> reason
			.startsWith("Repeated insufficient-evidence pattern: 2 separate complaints of neglect of duty"));

		mvc.perform(post("/api/v1/early-warning/protocol-findings").contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"officer": "%s", "occurredOn": "2026-06-15", "kind": "ENGAGEMENT_GAP",
							 "description": "on scene 11:42 before first engagement", "reference": "FOUND_CHILD fountain, central square"}
							"""
						.formatted(miller.value()))
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reasons")
				.value(hasItem("Leo's Protocol finding: on scene 11:42 before first engagement")));

		mvc.perform(get("/api/v1/early-warning/flags").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.officer == 'Mark Miller (badge 734) · CITY')].flag.reasons[*]")
				.value(hasItem("Leo's Protocol finding: on scene 11:42 before first engagement")))
			.andExpect(jsonPath("$[?(@.officer == 'Mark Miller (badge 734) · CITY')].flag.reasons[*]")
				.value(hasItem(org.hamcrest.Matchers.startsWith("Repeated insufficient-evidence pattern"))));
	}

	@Test
	void scenario001ACommendationLowersNobodysStandingAndRaisesNoFlag() throws Exception {
		List<RankedOfficer> before = earlyWarning.ranking("CITY",
				THE_DAY_AT_THE_FOUNTAIN.atZone(clock.getZone()).toLocalDate().plusDays(1));

		mvc.perform(post("/api/v1/early-warning/commendations").contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"officer": "%s", "receivedOn": "2026-06-15", "source": "Malakai's mother",
							 "description": "Found our four-year-old, knelt to talk to him about his stuffed puppy, stayed until I came"}
							"""
						.formatted(rodriguez.value()))
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk());

		List<RankedOfficer> after = earlyWarning.ranking("CITY",
				THE_DAY_AT_THE_FOUNTAIN.atZone(clock.getZone()).toLocalDate().plusDays(1));
		for (RankedOfficer officer : before) {
			assertThat(after)
				.filteredOn(other -> other.indicators().officerId().equals(officer.indicators().officerId()))
				.singleElement().extracting(RankedOfficer::score).isEqualTo(officer.score());
		}
		var deputy = earlyWarning.indicators(earlyWarning.trackedOfficer(rodriguez), null);
		assertThat(deputy.commendations2y()).isEqualTo(1);
		assertThat(RiskScore.of(deputy)).isZero();
		mvc.perform(get("/api/v1/early-warning/flags").with(as(staff, Role.SUPERVISOR)))
			.andExpect(jsonPath("$[*].officer").value(not(hasItem("Daniel Rodriguez (badge 2218) · CITY"))));
	}

	@Test
	void aFlagIsReviewedBySupervisorsAndOnlyReadByInvestigators() throws Exception {
		OfficerId officer = roster
			.enlist(new NewOfficer("7341", "Review", "Subject", "Police Officer", null, null, null));
		Flag flag = entries.recordProtocolFinding(officer, LocalDate.of(2026, 6, 1), "SUPERVISOR_NOT_NOTIFIED",
				"supervisor notified 40 minutes late", null, Actor.staff("test"))
			.orElseThrow();

		mvc.perform(post("/api/v1/early-warning/flags/{id}/review", flag.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"step\": \"ACKNOWLEDGE\"}").with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/early-warning/flags/{id}/review", flag.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"step\": \"CLOSE\", \"outcome\": \"x\"}").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("This flag is open; only an acknowledged flag can be closed"));
		mvc.perform(post("/api/v1/early-warning/flags/{id}/review", flag.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"step\": \"ACKNOWLEDGE\"}").with(as(staff, Role.SUPERVISOR))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/early-warning/flags/{id}/review", flag.id()).contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"step\": \"PLAN\", \"plan\": \"Refresher on notification deadlines\", \"followUpOn\": \"2026-09-15\"}")
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("INTERVENTION_PLANNED"));
		mvc.perform(get("/api/v1/early-warning/flags/{id}", flag.id()).with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.flag.followUpOn").value("2026-09-15"));
		mvc.perform(get("/api/v1/early-warning/flags").with(as(staff, Role.OFFICER))).andExpect(status().isForbidden());
	}

	@Test
	void badInputIsRefusedInWords() throws Exception {
		mvc.perform(post("/api/v1/early-warning/protocol-findings").contentType(MediaType.APPLICATION_JSON)
			.content("{\"officer\": \"%s\", \"kind\": \"X\", \"description\": \"y\"}".formatted(miller.value()))
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("occurredOn is required (a date like 2026-05-17)"));
		mvc.perform(post("/api/v1/early-warning/import").param("mapping", "/etc/passwd").contentType("text/csv")
			.content("a")
			.with(as(staff, Role.ADMIN)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.startsWith("No mapping named '/etc/passwd'; choose one of [ccrb, leo")));
		mvc.perform(post("/api/v1/early-warning/import").param("mapping", "ccrb").contentType("text/csv").content("a")
			.with(as(staff, Role.SUPERVISOR))).andExpect(status().isForbidden());
	}
}
