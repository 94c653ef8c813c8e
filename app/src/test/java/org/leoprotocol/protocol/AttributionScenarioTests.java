package org.leoprotocol.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12's story of who did a step: a watch commander clicking "Done now" for a deputy must name the deputy; an
 * earlier entry that credited the commander (and held his absent body camera against him) is amended with a reason and
 * a second person's approval, the finding is withdrawn and the early-warning flag it raised closes, kept on record.
 */
@LeoIntegrationTest
class AttributionScenarioTests {

	static final Instant T0 = Instant.parse("2026-05-02T10:00:00Z");

	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;
	@Autowired
	Scheduler scheduler;
	@Autowired
	JdbcClient jdbc;

	ProtocolFixtures fixtures;
	String deputyBadge;
	String commanderBadge;
	String sergeantBadge;
	RequestPostProcessor deputy;
	RequestPostProcessor commander;
	RequestPostProcessor sergeant;

	@BeforeEach
	void setUp() {
		fixtures = new ProtocolFixtures(roster, staff, clock, scheduler, jdbc);
		int suffix = ThreadLocalRandom.current().nextInt(100_000, 999_999);
		deputyBadge = "6" + suffix;
		commanderBadge = "7" + suffix;
		sergeantBadge = "8" + suffix;
		deputy = fixtures.officer(deputyBadge, "Dana", "Reyes", "Deputy", "NORTH-A", Role.OFFICER);
		commander = fixtures.officer(commanderBadge, "Walter", "Kane", "Lieutenant", "NORTH", Role.COMMAND);
		sergeant = fixtures.officer(sergeantBadge, "Sara", "Lind", "Sergeant", "NORTH-A", Role.SUPERVISOR);
	}

	@Test
	void aWatchCommanderRecordingForADeputyMustChooseTheDeputy() throws Exception {
		clock.set(T0);
		String id = incidentWithDeputyAndCommanderOnScene();

		stepDone(id, "{}", commander).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("protocol-acts.performer.required"));
		stepDone(id, "{\"performedBy\":\"" + sergeantBadge + "\"}", commander)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("protocol-acts.performer.not-on-incident"));
		mvc.perform(get("/staff/incidents/{id}", id).with(commander)).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"performedBy\"")))
			.andExpect(content().string(containsString("Dana Reyes")));

		stepDone(id, "{\"performedBy\":\"" + deputyBadge + "\"}", commander).andExpect(status().isOk())
			.andExpect(
					jsonPath("$.steps[?(@.code == 'ENGAGE_PERSON')].doneByOfficer.badgeNumber", hasItem(deputyBadge)))
			.andExpect(jsonPath("$.steps[?(@.code == 'ENGAGE_PERSON')].doneBy", hasItem("officer-" + commanderBadge)));
		mvc.perform(get("/api/v1/incidents/{id}/timeline", id).with(commander))
			.andExpect(jsonPath("$[?(@.type == 'STEP_DONE')].officer.badgeNumber", hasItem(deputyBadge)))
			.andExpect(jsonPath("$[?(@.type == 'STEP_DONE')].recordedByOfficer.badgeNumber", hasItem(commanderBadge)));
	}

	@Test
	void aWronglyAttributedEntryIsAmendedAndTheFlagItRaisedClosesWithItsHistory() throws Exception {
		clock.set(T0);
		String id = incidentWithDeputyAndCommanderOnScene();
		clock.set(T0.plusSeconds(60));
		stepDone(id, "{\"performedBy\":\"" + commanderBadge + "\"}", commander).andExpect(status().isOk());
		clock.set(T0.plus(Duration.ofMinutes(8)));
		release(id);
		mvc.perform(get("/api/v1/incidents/{id}", id).with(sergeant))
			.andExpect(jsonPath("$.findings[?(@.kind == 'CAMERA_OFF_DURING_ENGAGEMENT')].officer.badgeNumber",
					hasItem(commanderBadge)));
		await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).until(() -> flag(commanderBadge),
				status -> "OPEN".equals(status));

		clock.set(T0.plus(Duration.ofDays(2)));
		List<Number> entries = JsonPath.read(mvc.perform(get("/api/v1/incidents/{id}/timeline", id).with(commander))
			.andReturn().getResponse().getContentAsString(), "$[?(@.stepCode == 'ENGAGE_PERSON')].entry");
		Number entry = entries.get(0);
		propose(id, entry, "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("protocol-acts.amendment.reason-required"));
		String amendment = JsonPath
			.read(propose(id, entry, "Deputy Reyes engaged the child; I only typed it in from the car.")
				.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING"))
				.andReturn().getResponse().getContentAsString(), "$.id");
		approve(id, amendment, commander).andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("protocol-acts.amendment.same-approver"));
		mvc.perform(get("/api/v1/incidents/{id}", id).with(sergeant))
			.andExpect(jsonPath("$.amendments[0].status").value("PENDING"))
			.andExpect(jsonPath("$.findings[?(@.kind == 'CAMERA_OFF_DURING_ENGAGEMENT')]").isNotEmpty());

		approve(id, amendment, sergeant).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.approvedBy").value("officer-" + sergeantBadge));

		mvc.perform(get("/api/v1/incidents/{id}", id).with(sergeant))
			.andExpect(jsonPath("$.amendments[0].performedBy.badgeNumber").value(deputyBadge))
			.andExpect(jsonPath("$.amendments[0].recordedPerformer.badgeNumber").value(commanderBadge))
			.andExpect(jsonPath("$.findings[?(@.kind == 'CAMERA_OFF_DURING_ENGAGEMENT')]").isEmpty())
			.andExpect(jsonPath("$.withdrawnFindings[?(@.kind == 'CAMERA_OFF_DURING_ENGAGEMENT')].officer.badgeNumber",
					hasItem(commanderBadge)))
			.andExpect(
					jsonPath("$.steps[?(@.code == 'ENGAGE_PERSON')].doneByOfficer.badgeNumber", hasItem(deputyBadge)));
		mvc.perform(get("/api/v1/incidents/{id}/timeline", id).with(sergeant))
			.andExpect(jsonPath("$[?(@.type == 'STEP_DONE')].officer.badgeNumber", hasItem(deputyBadge)))
			.andExpect(jsonPath("$[?(@.type == 'STEP_DONE')].amendedFrom.badgeNumber", hasItem(commanderBadge)))
			.andExpect(
					jsonPath("$[?(@.type == 'RECORD_AMENDED')].detail", hasItem(containsString("I only typed it in"))))
			.andExpect(jsonPath("$[?(@.type == 'FINDING_WITHDRAWN')].officer.badgeNumber", hasItem(commanderBadge)));
		await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).until(() -> flag(commanderBadge),
				"CLOSED"::equals);
		assertThat(jdbc.sql("""
				select f.reasons || ' | ' || f.outcome from ew_flag f join ew_officer o on o.id = f.officer_id
				where o.roster_officer_id = :officer
				""").param("officer", officer(commanderBadge).value()).query(String.class).single())
			.contains("incident-finding.camera-off").contains("withdrawn");
		assertThat(jdbc.sql("""
				select count(*) from ew_protocol_finding p join ew_officer o on o.id = p.officer_id
				join ew_protocol_finding_withdrawal w on w.finding_id = p.id where o.roster_officer_id = :officer
				""").param("officer", officer(commanderBadge).value()).query(Long.class).single()).isEqualTo(1L);
	}

	String incidentWithDeputyAndCommanderOnScene() throws Exception {
		String body = mvc.perform(post("/api/v1/incidents").with(deputy).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"FOUND_CHILD","location":"Harbour market, fish stalls","responsibleOfficerBadge":"%s",
					 "person":{"age":6,"condition":"DISTRESSED","riskFactors":["OUT_OF_ZONE_OF_SAFETY"],
					           "description":"girl, yellow raincoat, one shoe"}}
					""".formatted(deputyBadge)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		send(id, "/camera", ProtocolFixtures.camera("RECORDING_STARTED", "BC-" + deputyBadge, deputyBadge, null),
				deputy);
		send(id, "/dispatch", ProtocolFixtures.dispatch("ASSIGNED", deputyBadge), deputy);
		send(id, "/dispatch", ProtocolFixtures.dispatch("ARRIVED", deputyBadge), deputy);
		send(id, "/dispatch", ProtocolFixtures.dispatch("ARRIVED", commanderBadge), commander);
		return id;
	}

	void release(String id) throws Exception {
		send(id, "/release",
				"""
						{"claimantName":"Ana Reyes","relationship":"mother","document":{"type":"Passport","issuer":"State","lastFour":"5521"},
						 "photoMatches":true,"recognition":"RECOGNISED","custodyClear":true,
						 "authorisationSource":"mother; no custody order on file","verifyingOfficerBadge":"%s"}
						"""
					.formatted(deputyBadge),
				deputy);
	}

	ResultActions stepDone(String id, String json, RequestPostProcessor user) throws Exception {
		return mvc.perform(post("/api/v1/incidents/{id}/steps/ENGAGE_PERSON/done", id).with(user)
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	ResultActions propose(String id, Number entry, String reason) throws Exception {
		return mvc.perform(post("/api/v1/incidents/{id}/amendments", id).with(commander)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"entry\":" + entry + ",\"performedBy\":\"" + deputyBadge + "\",\"reason\":\"" + reason + "\"}"));
	}

	ResultActions approve(String id, String amendment, RequestPostProcessor user) throws Exception {
		return mvc.perform(post("/api/v1/incidents/{id}/amendments/{a}/approve", id, amendment).with(user));
	}

	void send(String id, String path, String json, RequestPostProcessor user) throws Exception {
		mvc.perform(
				post("/api/v1/incidents/" + id + path).with(user).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().is2xxSuccessful());
	}

	OfficerId officer(String badge) {
		return roster.findByBadge(badge).orElseThrow().id();
	}

	String flag(String badge) {
		List<String> statuses = jdbc
			.sql("""
					select f.status from ew_flag f join ew_officer o on o.id = f.officer_id where o.roster_officer_id = :officer
					order by f.raised_at desc
					""")
			.param("officer", officer(badge).value()).query(String.class).list();
		return statuses.isEmpty() ? null : statuses.get(0);
	}
}
