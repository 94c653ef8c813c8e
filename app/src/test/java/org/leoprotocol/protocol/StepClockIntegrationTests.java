package org.leoprotocol.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.clock.StepClockScheduling;
import org.leoprotocol.protocol.escalation.EscalationKey;
import org.leoprotocol.protocol.escalation.EscalationRaiser;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class StepClockIntegrationTests {

	static final Instant ARRIVAL = Instant.parse("2026-03-07T16:00:00Z");

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
	@Autowired
	DataSource dataSource;
	@Autowired
	OneTimeTask<Void> escalationTask;
	@Autowired
	EscalationRaiser raiser;
	@Autowired
	ConfigurableApplicationContext context;

	ProtocolFixtures fixtures;
	RequestPostProcessor officer;
	final List<EscalationRaised> raised = new CopyOnWriteArrayList<>();
	final ApplicationListener<PayloadApplicationEvent<?>> recorder = event -> {
		if (event.getPayload() instanceof EscalationRaised escalation) {
			raised.add(escalation);
		}
	};

	@BeforeEach
	void setUp() {
		clock.set(ARRIVAL);
		fixtures = new ProtocolFixtures(roster, staff, clock, scheduler, jdbc);
		officer = fixtures.officer("92001", "Clara", "Clock", "Police Officer", null, Role.OFFICER);
		context.addApplicationListener(recorder);
	}

	@AfterEach
	void tearDown() {
		context.removeApplicationListener(recorder);
		scheduler.resume();
	}

	@Test
	void aMissedDeadlineRaisesItsEscalationWithinFiveSecondsAndExactlyOnce() throws Exception {
		String id = arrivedIncident();

		fixtures.moveTo(ARRIVAL.plus(Duration.ofMinutes(2)).plusSeconds(1));
		fixtures.awaitEscalations(id, 1);
		Thread.sleep(1500);
		scheduler.triggerCheckForDueExecutions();

		mvc.perform(get("/api/v1/incidents/{id}", id).with(fixtures.as(Role.SUPERVISOR)))
			.andExpect(jsonPath("$.escalations.length()").value(1))
			.andExpect(jsonPath("$.escalations[0].stepCode").value("ENGAGE_PERSON"))
			.andExpect(jsonPath("$.escalations[0].notified").value("OFFICER"))
			.andExpect(jsonPath("$.steps[?(@.code == 'ENGAGE_PERSON')].status", hasItem("LATE")));
		assertThat(raised).filteredOn(event -> event.incidentId().toString().equals(id)).singleElement()
			.satisfies(event -> assertThat(event.stepCode()).isEqualTo("ENGAGE_PERSON"));
	}

	@Test
	void raisingTheSameLevelAgainChangesNothing() throws Exception {
		String id = arrivedIncident();
		scheduler.pause();
		clock.set(ARRIVAL.plus(Duration.ofMinutes(3)));
		EscalationKey key = new EscalationKey(IncidentId.of(id), "ENGAGE_PERSON", 1);

		assertThat(raiser.raise(key)).isTrue();
		assertThat(raiser.raise(key)).isFalse();
		assertThat(fixtures.escalations(id)).isEqualTo(1);
		assertThat(jdbc.sql(
				"select count(*) from incident_event where incident_id = cast(:id as uuid) and type = 'ESCALATION_RAISED'")
			.param("id", id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aStepDoneInTimeNeverEscalates() throws Exception {
		String id = arrivedIncident();
		mvc.perform(post("/api/v1/incidents/{id}/steps/ENGAGE_PERSON/done", id).with(officer))
			.andExpect(status().isOk());

		fixtures.moveTo(ARRIVAL.plus(Duration.ofMinutes(6)));
		fixtures.awaitNoDueDeadlines(id);

		assertThat(jdbc.sql(
				"select count(*) from escalation where incident_id = cast(:id as uuid) and step_code = 'ENGAGE_PERSON'")
			.param("id", id).query(Long.class).single()).isZero();
	}

	@Test
	void deadlinesSurviveARestartAndTwoNodesOnOneDatabaseRaiseEachEscalationOnce() throws Exception {
		scheduler.pause();
		List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			ids.add(arrivedIncident());
		}
		Scheduler restarted = StepClockScheduling.build(dataSource, escalationTask, clock, Duration.ofMillis(100), 4,
				"restarted-node");
		Scheduler second = StepClockScheduling.build(dataSource, escalationTask, clock, Duration.ofMillis(100), 4,
				"second-node");
		restarted.start();
		second.start();
		try {
			clock.set(ARRIVAL.plus(Duration.ofMinutes(11)));
			for (String id : ids) {
				fixtures.awaitEscalations(id, 5);
			}
			scheduler.resume();
			Thread.sleep(1500);
		}
		finally {
			restarted.stop();
			second.stop();
		}
		for (String id : ids) {
			assertThat(fixtures.escalations(id)).as("incident %s", id).isEqualTo(5);
			assertThat(raised.stream().filter(event -> event.incidentId().toString().equals(id))).hasSize(5);
		}
	}

	@Test
	void commandPublishesANewVersionAndRunningIncidentsKeepTheirOwn() throws Exception {
		String before = arrivedIncident();
		int versionBefore = JsonPath.read(mvc.perform(get("/api/v1/incidents/{id}", before).with(officer))
			.andReturn().getResponse().getContentAsString(), "$.protocolVersion");
		String current = mvc.perform(get("/api/v1/protocols/current").with(officer)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Object> steps = JsonPath.read(current, "$.steps");
		String extraStep = """
				{"code":"SEARCH_WATER_FIRST","position":99,"title":"Search nearby water first",
				 "instruction":"People with autism or dementia are drawn to water: search it before anything else.",
				 "actingRole":"OFFICER","anchor":"UNIT_ARRIVED","deadlineSeconds":900,"appliesTo":["MISSING_VULNERABLE_ADULT"],
				 "source":"NCMEC Missing Children With Special Needs; autismsafetycouncil.org",
				 "escalations":[{"level":1,"notified":"OFFICER","afterSeconds":0},{"level":2,"notified":"SUPERVISOR","afterSeconds":300}]}
				""";
		String body = "{\"name\":\"Leo's Protocol, with water search\",\"notes\":\"test\",\"steps\":["
				+ com.jayway.jsonpath.JsonPath.parse(steps).jsonString().substring(1).replaceFirst("]$", "") + ","
				+ extraStep + "]}";

		mvc.perform(post("/api/v1/protocols").with(officer).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		String published = mvc
			.perform(post("/api/v1/protocols").with(fixtures.as(Role.COMMAND)).contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		int newVersion = JsonPath.read(published, "$.version");

		assertThat(newVersion).isGreaterThan(versionBefore);
		mvc.perform(get("/api/v1/incidents/{id}", before).with(officer))
			.andExpect(jsonPath("$.protocolVersion").value(versionBefore));
		mvc.perform(get("/api/v1/protocols/{v}", versionBefore).with(officer))
			.andExpect(jsonPath("$.steps[?(@.code == 'SEARCH_WATER_FIRST')]").isEmpty());
		mvc.perform(post("/api/v1/protocols").with(fixtures.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"name\":\"broken\",\"steps\":[{\"code\":\"X1\",\"position\":1,\"title\":\"t\",\"instruction\":\"i\",\"actingRole\":\"OFFICER\","
							+ "\"anchor\":\"UNIT_ARRIVED\",\"deadlineSeconds\":60,\"appliesTo\":[\"FOUND_CHILD\"],\"source\":\"s\","
							+ "\"escalations\":[{\"level\":2,\"notified\":\"OFFICER\",\"afterSeconds\":0}]}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Step X1: escalation levels must run 1, 2, 3 ... without gaps"));
	}

	String arrivedIncident() throws Exception {
		clock.set(ARRIVAL);
		String body = mvc.perform(post("/api/v1/incidents").with(officer).contentType(MediaType.APPLICATION_JSON)
			.content(ProtocolFixtures.foundChild("Kit Clock", 5, "orange jumper, white trainers", "Bus station")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		for (String type : new String[] { "ASSIGNED", "ARRIVED" }) {
			mvc.perform(
					post("/api/v1/incidents/{id}/dispatch", id).with(officer).contentType(MediaType.APPLICATION_JSON)
						.content(ProtocolFixtures.dispatch(type, "92001")))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/api/v1/incidents/{id}/camera", id).with(officer).contentType(MediaType.APPLICATION_JSON)
			.content(ProtocolFixtures.camera("RECORDING_STARTED", "BC-92001", "92001", null)))
			.andExpect(status().isNoContent());
		return id;
	}
}
