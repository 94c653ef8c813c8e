package org.leoprotocol.earlywarning;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.DemoInstanceTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Badge 734's flag on the demo, as a supervisor reads it: the reasons name the 11:42 finding, the camera-off span as it
 * was and the repeated insufficient-evidence pattern; peers are other officers; his place counts the whole roster;
 * records count up to today where the agency is.
 */
@DemoInstanceTest
class MillersFlagIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	EarlyWarning earlyWarning;
	@Autowired
	FlagReview flagReview;

	@Test
	void scenario000sFlagNamesThe1142FindingTheCameraSpanAndThePattern() {
		Flag flag = millersFlag();

		assertThat(ReasonFixtures.english(flag.reasons()))
			.anyMatch(reason -> reason.contains("on scene 11:42 before first engagement"));
		assertThat(ReasonFixtures.english(flag.reasons()))
			.anyMatch(reason -> reason.contains("camera off 5:00 during engagement (14:21:00–14:26:00 UTC)"));
		assertThat(ReasonFixtures.english(flag.reasons())).anyMatch(reason -> reason.startsWith(
				"Repeated insufficient-evidence pattern: 2 separate complaints of neglect of duty"));
	}

	@Test
	void aSpanishReaderReadsTheFlagsReasonsInSpanishOnThePageAndInTheApi() throws Exception {
		Flag flag = millersFlag();
		String pattern = "Patrón repetido de pruebas insuficientes: 2 denuncias distintas por incumplimiento del deber";

		mvc.perform(get("/staff/early-warning/flags/{id}", flag.id()).header("Accept-Language", "es")
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(pattern)))
			.andExpect(content().string(containsString("del Protocolo Leo")))
			.andExpect(content().string(containsString("en el lugar durante 11:42 antes del primer contacto")))
			.andExpect(content().string(not(containsString("on scene 11:42"))))
			.andExpect(content().string(not(containsString("Repeated insufficient-evidence pattern"))));
		mvc.perform(get("/api/v1/early-warning/flags/{id}", flag.id()).header("Accept-Language", "es")
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.flag.reasons[*]").value(hasItem(startsWith(pattern))))
			.andExpect(jsonPath("$.flag.reasons[*]")
				.value(hasItem(containsString("en el lugar durante 11:42 antes del primer contacto"))))
			.andExpect(jsonPath("$.flag.reasonKeys[*]")
				.value(hasItem(startsWith("ew.reason.repeated|2|NEGLECT_OF_DUTY|"))));
		mvc.perform(get("/api/v1/early-warning/flags/{id}", flag.id()).header("Accept-Language", "en")
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(jsonPath("$.flag.reasons[*]").value(hasItem(
					startsWith("Repeated insufficient-evidence pattern: 2 separate complaints of neglect of duty"))));
	}

	@Test
	void theFlagPageComparesWithOtherOfficersAndPlacesHimInTheWholeRoster() throws Exception {
		Flag flag = millersFlag();
		Officer miller = roster.findByBadge("734").orElseThrow();
		long otherPatrolOfficers = roster.all().stream()
			.filter(officer -> miller.rank().equals(officer.rank()) && !officer.id().equals(miller.id())).count();
		String today = earlyWarning.today().toString();

		mvc.perform(get("/staff/early-warning/flags/{id}", flag.id()).with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString(otherPatrolOfficers + " other officers of the rank Police Officer in ")))
			.andExpect(content().string(containsString("records up to and including " + today)))
			.andExpect(content().string(containsString(
					" of " + roster.size() + " officers in the ranking of the whole workforce serving on "
							+ today)))
			.andExpect(content().string(not(containsString("Peers: 0 other officers"))))
			.andExpect(content().string(containsString("Peer average")));
		assertThat(otherPatrolOfficers).isGreaterThan(5);
	}

	@Test
	void theRankingCountsEveryOfficerOnTheRosterAndDefaultsToTheAgencysToday() throws Exception {
		String today = earlyWarning.today().toString();

		mvc.perform(get("/staff/early-warning/ranking").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ranking with records up to and including " + today)))
			.andExpect(content().string(containsString(" of " + roster.size() + " officers serving on " + today)));
		mvc.perform(
				get("/staff/early-warning/ranking").header("Accept-Language", "es").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("agentes en servicio el " + today)));
	}

	private Flag millersFlag() {
		UUID miller = earlyWarning.trackedOfficer(roster.findByBadge("734").orElseThrow().id());
		return await().atMost(Duration.ofSeconds(90)).until(() -> flagReview.flags(null, 500).stream()
			.filter(flag -> flag.officerId().equals(miller)).findFirst()
			.filter(flag -> ReasonFixtures.english(flag.reasons()).stream()
				.anyMatch(reason -> reason.startsWith("Repeated insufficient-evidence pattern"))
					&& ReasonFixtures.english(flag.reasons()).stream().anyMatch(reason -> reason.contains("11:42"))
					&& ReasonFixtures.english(flag.reasons()).stream()
						.anyMatch(reason -> reason.contains("camera off"))),
				java.util.Optional::isPresent)
			.orElseThrow();
	}
}
