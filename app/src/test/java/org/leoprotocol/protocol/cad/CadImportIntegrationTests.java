package org.leoprotocol.protocol.cad;

import java.time.Instant;
import java.util.List;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.EscalationRaised;
import org.leoprotocol.protocol.FindingKind;
import org.leoprotocol.protocol.IncidentOpened;
import org.leoprotocol.protocol.IncidentReunified;
import org.leoprotocol.protocol.ProtocolFindingRecorded;
import org.leoprotocol.protocol.ProtocolFixtures;
import org.leoprotocol.protocol.RecordedEvents;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Historical incidents from CAD imported through the API, with Leo's clock well after the incidents closed. */
@LeoIntegrationTest
class CadImportIntegrationTests {

	static final String IMPORTS = "/api/v1/protocol/incidents/imports";
	/** Scenario 000 as the department's CAD would have recorded it, in a year no other test uses. */
	static final String SCENARIO_000 = """
			{"cadNumber":"CAD-2019-0613-0142","kind":"FOUND_CHILD","priority":"HIGH","protocolVersion":1,
			 "reportedAt":"2019-06-13T14:00:00Z","location":"Central square, by the fountain",
			 "person":{"name":"Leo Miller","age":5,"condition":"DISTRESSED","riskFactors":["OUT_OF_ZONE_OF_SAFETY"],
			           "description":"boy, brown hair, red jacket, blue sneakers, holding a small green dinosaur toy"},
			 "timeline":[
			   {"at":"2019-06-13T14:00:40Z","type":"ASSIGNED","badge":"734"},
			   {"at":"2019-06-13T14:02:50Z","type":"RECORDING_STARTED","badge":"734","device":"BC-734"},
			   {"at":"2019-06-13T14:03:00Z","type":"ARRIVED","badge":"734"},
			   {"at":"2019-06-13T14:14:42Z","type":"STEP_DONE","step":"ENGAGE_PERSON","badge":"734"},
			   {"at":"2019-06-13T14:15:30Z","type":"BROADCAST_ISSUED","badge":"734","detail":"boy, 5, red jacket, dinosaur toy"},
			   {"at":"2019-06-13T14:16:00Z","type":"RECORDING_STOPPED","badge":"734","device":"BC-734"},
			   {"at":"2019-06-13T14:21:00Z","type":"RECORDING_STARTED","badge":"734","device":"BC-734",
			    "detail":"activation ordered by Chief David Miller; family escorted to their car"},
			   {"at":"2019-06-13T14:30:00Z","type":"CLEARED","badge":"734"}],
			 "escalations":[
			   {"step":"ENGAGE_PERSON","level":1,"at":"2019-06-13T14:05:01Z"},
			   {"step":"ENGAGE_PERSON","level":2,"at":"2019-06-13T14:08:01Z"},
			   {"step":"RESOLVE_OR_NOTIFY_SUPERVISOR","level":1,"at":"2019-06-13T14:10:01Z"},
			   {"step":"ENGAGE_PERSON","level":3,"at":"2019-06-13T14:13:01Z"},
			   {"step":"BROADCAST_DESCRIPTION","level":1,"at":"2019-06-13T14:13:01Z"}],
			 "release":{"at":"2019-06-13T14:24:00Z","claimantName":"Cora Miller","relationship":"mother",
			   "document":{"type":"Driver licence","issuer":"State","lastFour":"4821"},"photoMatches":true,
			   "recognition":"RECOGNISED","custodyClear":true,"authorisationSource":"mother; the child ran to her",
			   "verifyingBadge":"512"},
			 "resolvedAt":"2019-06-13T14:30:00Z"}
			""";

	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcClient jdbc;

	ProtocolFixtures fixtures;
	RequestPostProcessor chief;
	RecordedEvents events;

	@BeforeEach
	void setUp(@Autowired Roster roster, @Autowired StaffDirectory staff, @Autowired MutableClock clock,
			@Autowired Scheduler scheduler, @Autowired ConfigurableApplicationContext context) {
		fixtures = new ProtocolFixtures(roster, staff, clock, scheduler, jdbc);
		fixtures.officer("734", "Mark", "Miller", "Police Officer", "CENTRAL-A", Role.OFFICER);
		fixtures.officer("512", "Teresa", "Alvarez", "Sergeant", "CENTRAL-A", Role.SUPERVISOR);
		chief = fixtures.officer("1", "David", "Miller", "Chief of Police", "HQ", Role.COMMAND);
		clock.set(Instant.parse("2026-09-01T08:00:00Z"));
		events = RecordedEvents.start(context);
	}

	@AfterEach
	void tearDown() {
		events.stop();
	}

	@Test
	void scenario000ImportedFromCadIsAnalysedAndCountedWithItsOwnTimes() throws Exception {
		int counted = protocolIncidents(2019, "incidents");
		int reunited = protocolIncidents(2019, "reunifications");
		String id = JsonPath.read(importing(SCENARIO_000, chief).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].imported").value(true))
			.andExpect(jsonPath("$[0].findings", hasItem(containsString("on scene 11:42 before first engagement"))))
			.andReturn().getResponse().getContentAsString(), "$[0].incidentId");

		mvc.perform(get("/api/v1/incidents/{id}", id).with(chief))
			.andExpect(jsonPath("$.status").value("RESOLVED"))
			.andExpect(jsonPath("$.importedFromCad").value("CAD-2019-0613-0142"))
			.andExpect(jsonPath("$.reportedAt").value("2019-06-13T14:00:00Z"))
			.andExpect(jsonPath("$.resolvedAt").value("2019-06-13T14:30:00Z"))
			.andExpect(jsonPath("$.person.name").value("Leo Miller"))
			.andExpect(jsonPath("$.escalations.length()").value(5))
			.andExpect(jsonPath("$.escalations[?(@.stepCode == 'ENGAGE_PERSON')].dueAt",
					is(List.of("2019-06-13T14:05:00Z", "2019-06-13T14:08:00Z", "2019-06-13T14:13:00Z"))))
			.andExpect(jsonPath("$.findings[?(@.kind == 'ON_SCENE_BEFORE_ENGAGEMENT')].measured", hasItem("11:42")))
			.andExpect(jsonPath("$.findings[?(@.kind == 'ON_SCENE_BEFORE_ENGAGEMENT')].officer.badgeNumber",
					hasItem("734")))
			.andExpect(jsonPath("$.findings[?(@.kind == 'CAMERA_OFF_DURING_ENGAGEMENT')].measured", hasItem("5:00")))
			.andExpect(jsonPath("$.steps[?(@.code == 'ENGAGE_PERSON')].status", hasItem("DONE")))
			.andExpect(jsonPath("$.release.documentLastFour").value("4821"));
		mvc.perform(get("/api/v1/incidents/{id}/timeline", id).with(chief))
			.andExpect(jsonPath("$[?(@.type == 'ARRIVED')].recordedBy", hasItem(containsString("CAD import"))));
		assertThat(jdbc.sql(
				"select count(*) from incident_event where incident_id = cast(:id as uuid) and provenance <> 'CAD' and type <> 'FINDING_RECORDED'")
			.param("id", id).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance like :id").param("id", id + "%")
			.query(Long.class).single()).as("no step clock is scheduled for a closed, historical incident").isZero();

		assertThat(events.of(IncidentOpened.class, id, IncidentOpened::incidentId))
			.extracting(IncidentOpened::reportedAt)
			.containsExactly(Instant.parse("2019-06-13T14:00:00Z"));
		assertThat(events.of(EscalationRaised.class, id, EscalationRaised::incidentId))
			.extracting(EscalationRaised::raisedAt)
			.allMatch(at -> at.isBefore(Instant.parse("2019-06-14T00:00:00Z"))).hasSize(5);
		assertThat(events.of(IncidentReunified.class, id, IncidentReunified::incidentId))
			.extracting(IncidentReunified::firstEngagementAt, IncidentReunified::releasedAt)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Instant.parse("2019-06-13T14:14:42Z"),
					Instant.parse("2019-06-13T14:24:00Z")));
		assertThat(events.of(ProtocolFindingRecorded.class, id, ProtocolFindingRecorded::incidentId))
			.extracting(ProtocolFindingRecorded::kind)
			.containsExactlyInAnyOrder(FindingKind.ON_SCENE_BEFORE_ENGAGEMENT,
					FindingKind.CAMERA_OFF_DURING_ENGAGEMENT);

		await().atMost(ofSeconds(10)).until(() -> protocolIncidents(2019, "incidents") == counted + 1
				&& protocolIncidents(2019, "reunifications") == reunited + 1);
		await().atMost(ofSeconds(10)).until(() -> jdbc
			.sql("""
					select count(*) from transparency_engagement_minutes where year = 2019 and kind = 'FOUND_CHILD' and minutes = 14""")
			.query(Long.class).single() > 0);
	}

	@Test
	void importingTheSameCadNumberAgainStoresNothingAndSaysSo() throws Exception {
		String incident = SCENARIO_000.replace("CAD-2019-0613-0142", "CAD-2019-REPEAT").replace("2019-", "2018-")
			.replace("CAD-2018-REPEAT", "CAD-2019-REPEAT");
		importing(incident, chief).andExpect(status().isOk()).andExpect(jsonPath("$[0].imported").value(true));
		long incidents = jdbc.sql("select count(*) from incident").query(Long.class).single();
		importing("[" + incident + "]", fixtures.as(Role.ADMIN)).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].imported").value(false))
			.andExpect(jsonPath("$[0].message").value(containsString("imported before")))
			.andExpect(jsonPath("$[0].findings", hasItem(containsString("11:42"))));
		mvc.perform(post(IMPORTS).with(chief).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "es")
			.content(incident))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].message")
				.value("El incidente CAD-2019-REPEAT del CAD se importó antes; no se cambió nada"));
		assertThat(jdbc.sql("select count(*) from incident").query(Long.class).single()).isEqualTo(incidents);
	}

	@Test
	void everyProblemOfABadImportIsListedAnd422StoresNothing() throws Exception {
		long incidents = jdbc.sql("select count(*) from incident").query(Long.class).single();
		String bad = SCENARIO_000.replace("CAD-2019-0613-0142", "CAD-2019-BAD")
			.replace("\"at\":\"2019-06-13T14:03:00Z\"", "\"at\":\"2019-06-13T14:00:10Z\"")
			.replace("\"step\":\"ENGAGE_PERSON\",\"badge\"", "\"step\":\"HUG_THE_CHILD\",\"badge\"")
			.replace("\"verifyingBadge\":\"512\"", "\"verifyingBadge\":\"99999\"")
			.replace("\"resolvedAt\":\"2019-06-13T14:30:00Z\"", "\"resolvedAt\":\"2027-01-01T00:00:00Z\"")
			.replace("\"level\":3", "\"level\":7");
		importing(bad, chief).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("The incidents cannot be imported"))
			.andExpect(jsonPath("$.problems", hasItems(
					containsString("timeline entry 3: the times are out of order"),
					containsString("timeline entry 4: unknown step code HUG_THE_CHILD"),
					containsString("the release: no officer with badge number 99999 on the roster"),
					containsString("the closing: 2027-01-01T00:00:00Z lies in the future"),
					containsString("step ENGAGE_PERSON has no escalation level 7"))));
		importing("[" + SCENARIO_000.replace("CAD-2019-0613-0142", "CAD-2019-GOOD") + ","
				+ SCENARIO_000.replace("CAD-2019-0613-0142", "CAD-2019-NO-VERIFICATION")
					.replace("\"recognition\":\"RECOGNISED\",", "")
				+ "]", chief)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems.length()").value(1))
			.andExpect(jsonPath("$.problems[0]")
				.value(containsString("incident 2 (CAD CAD-2019-NO-VERIFICATION): the release")))
			.andExpect(jsonPath("$.problems[0]").value(containsString("whether the person recognised the claimant")));
		importing("{\"cadNumber\": ", chief).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems[0]").value(containsString("the JSON cannot be read")));
		mvc.perform(post(IMPORTS).with(chief).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "es")
			.content("[]"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("No se pueden importar los incidentes"))
			.andExpect(jsonPath("$.messageKey").value("protocol.cad.refused"))
			.andExpect(jsonPath("$.problems[0]").value("envíe al menos un incidente"));
		importing("{\"cadNumber\":\"X\",\"kind\":\"LOST_DOG\"}", chief).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems[0]").value(containsString("incident 1")));
		assertThat(jdbc.sql("select count(*) from incident").query(Long.class).single()).isEqualTo(incidents);
	}

	@Test
	void onlyCommandAndAdministratorsImport() throws Exception {
		importing(SCENARIO_000, fixtures.as(Role.OFFICER)).andExpect(status().isForbidden());
		importing(SCENARIO_000, fixtures.as(Role.SUPERVISOR)).andExpect(status().isForbidden());
	}

	private ResultActions importing(String json, RequestPostProcessor user) throws Exception {
		return mvc.perform(post(IMPORTS).with(user).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private int protocolIncidents(int year, String column) {
		return jdbc
			.sql("select coalesce(sum(" + column
					+ "), 0) from transparency_protocol_incidents where year = ? and kind = 'FOUND_CHILD'")
			.param(year).query(Integer.class).single();
	}
}
