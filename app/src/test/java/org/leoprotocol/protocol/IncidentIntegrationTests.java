package org.leoprotocol.protocol;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class IncidentIntegrationTests {

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
	RequestPostProcessor assigned;
	RequestPostProcessor otherOfficer;
	RequestPostProcessor unrelatedOfficer;

	@BeforeEach
	void officers() {
		clock.set(Instant.parse("2026-05-02T10:00:00Z"));
		fixtures = new ProtocolFixtures(roster, staff, clock, scheduler, jdbc);
		assigned = fixtures.officer("91001", "Ada", "Assigned", "Police Officer", "CENTRAL", Role.OFFICER);
		otherOfficer = fixtures.officer("91002", "Otto", "Other", "Police Officer", "CENTRAL", Role.OFFICER);
		unrelatedOfficer = fixtures.officer("91003", "Una", "Unrelated", "Police Officer", null, Role.OFFICER);
	}

	@Test
	void aChildsNameIsShownOnlyToTheResponsibleOfficerSupervisorsCommandAndInvestigatorsUnitColleaguesSeeItMaskedOthersAreRefusedAndEveryReadIsAudited()
			throws Exception {
		String id = open(fixtures.as(Role.SUPERVISOR),
				ProtocolFixtures.foundChild("Tilly Testcase", 6, "red coat, yellow boots", "Market hall"));
		send(id, "/dispatch", ProtocolFixtures.dispatch("ASSIGNED", "91001"), fixtures.as(Role.SUPERVISOR));

		mvc.perform(get("/api/v1/incidents/{id}", id).with(assigned))
			.andExpect(status().isOk()).andExpect(jsonPath("$.person.name").value("Tilly Testcase"));
		for (RequestPostProcessor reader : new RequestPostProcessor[] { fixtures.as(Role.SUPERVISOR),
				fixtures.as(Role.COMMAND),
				fixtures.as(Role.INVESTIGATOR) }) {
			mvc.perform(get("/api/v1/incidents/{id}", id).with(reader))
				.andExpect(jsonPath("$.person.name").value("Tilly Testcase"));
		}
		mvc.perform(get("/api/v1/incidents/{id}", id).with(otherOfficer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.person.name").doesNotExist())
			.andExpect(jsonPath("$.person.nameWithheld").value(true))
			.andExpect(jsonPath("$.person.description").value("red coat, yellow boots"));
		mvc.perform(get("/api/v1/incidents/{id}", id).with(unrelatedOfficer)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.messageKey").value("needtoknow.incident.closed"));
		mvc.perform(get("/api/v1/incidents/{id}/pfif", id).with(unrelatedOfficer)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/incidents").with(unrelatedOfficer)).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(hasItem(id))));
		assertThat(jdbc.sql(
				"select count(*) from audit_event where action = 'ACCESS_DENIED' and record_type = 'Incident' and record_id = :id")
			.param("id", id).query(Long.class).single()).isEqualTo(2);
		mvc.perform(get("/api/v1/incidents/{id}", id).with(fixtures.as(Role.REVIEW_BOARD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/incidents/{id}", id).with(fixtures.as(Role.ADMIN))).andExpect(status().isForbidden());

		assertThat(jdbc.sql(
				"select detail from audit_event where action = 'READ' and record_type = 'Incident' and record_id = :id")
			.param("id", id).query(String.class).list())
			.contains("audit.detail.incident.name-shown", "audit.detail.incident.name-withheld");
		assertThat(jdbc.sql("select detail from audit_event where action = 'CREATE' and record_type = 'Incident'"
				+ " and record_id = :id and actor = :by")
			.param("id", id).param("by", "test-supervisor").query(String.class).list())
			.as("the opening is audited under the new incident's identifier")
			.containsExactly("audit.detail.incident.opened");
		assertThat(jdbc.sql("select count(*) from audit_event where detail like '%Tilly%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aReportIsNeverRefusedForTheTimeSinceLastSeenAndALongAbsenceRaisesThePriority() throws Exception {
		String id = open(otherOfficer,
				"""
						{"kind":"MISSING_CHILD","location":"Riverside estate","lastSeenAt":"2026-04-29T08:00:00Z",
						 "person":{"name":"Sam Late","age":15,"description":"grey hoodie, black trainers","condition":"UNKNOWN"}}
						""");
		mvc.perform(get("/api/v1/incidents/{id}", id).with(fixtures.as(Role.SUPERVISOR)))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.priority").value("HIGH"))
			.andExpect(jsonPath("$.person.riskFactors", hasItem("ABSENT_MORE_THAN_24_HOURS")))
			.andExpect(jsonPath("$.priorityReasons", hasItem(containsString("missing and under 21"))))
			.andExpect(
					jsonPath("$.steps[?(@.code == 'NCIC_ENTRY')].source", hasItem(containsString("34 U.S.C. 41308"))))
			.andExpect(jsonPath("$.steps[?(@.code == 'NCIC_ENTRY')].dueAt", hasItem("2026-05-02T12:00:00Z")));
	}

	@Test
	void badInputGetsAClearAnswerNeverAServerError() throws Exception {
		mvc.perform(post("/api/v1/incidents").with(assigned).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"FOUND_CHILD\",\"location\":\"Park\",\"person\":{\"age\":4}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Describe the person")));
		mvc.perform(post("/api/v1/incidents").with(assigned).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"LOST_CAT\",\"location\":\"Park\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("LOST_CAT")))
			.andExpect(jsonPath("$.detail").value(containsString("FOUND_CHILD")));
		mvc.perform(post("/api/v1/incidents").with(assigned).contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"kind\":\"FOUND_CHILD\",\"location\":\"Park\",\"person\":{\"description\":\"red\",\"riskFactors\":[null]}}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("null")));
		mvc.perform(get("/api/v1/incidents/{id}", "not-an-id").with(assigned))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("'not-an-id' is not an incident id"));
		mvc.perform(get("/api/v1/incidents/{id}", "7b0e3c36-8a52-4c52-9a4f-3f0b1c2d4e5f").with(assigned))
			.andExpect(status().isNotFound());
		String id = open(assigned, ProtocolFixtures.foundChild("Bo Input", 7, "green cap", "Station"));
		mvc.perform(post("/api/v1/incidents/{id}/dispatch", id).with(assigned).contentType(MediaType.APPLICATION_JSON)
			.content(ProtocolFixtures.dispatch("ARRIVED", "no-such-badge")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("No officer with badge number no-such-badge on the roster"));
		mvc.perform(post("/api/v1/incidents/{id}/steps/CAMERA_ON/done", id).with(assigned))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("RECORDING_STARTED event")));
		mvc.perform(post("/api/v1/incidents/{id}/steps/NO_SUCH_STEP/done", id).with(assigned))
			.andExpect(status().isNotFound());
		mvc.perform(
				post("/api/v1/incidents").with(fixtures.as(Role.INVESTIGATOR)).contentType(MediaType.APPLICATION_JSON)
					.content(ProtocolFixtures.foundChild("No Right", 3, "blue", "Here")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aUnitThatArrivesUnassignedCountsAsDispatchedAndBecomesResponsible() throws Exception {
		String id = open(fixtures.as(Role.SUPERVISOR),
				ProtocolFixtures.foundChild("Sol Self", 9, "yellow raincoat", "Pier"));
		send(id, "/dispatch", ProtocolFixtures.dispatch("ARRIVED", "91002"), otherOfficer);

		mvc.perform(get("/api/v1/incidents/{id}", id).with(otherOfficer))
			.andExpect(jsonPath("$.responsibleOfficer.badgeNumber").value("91002"))
			.andExpect(jsonPath("$.person.name").value("Sol Self"))
			.andExpect(jsonPath("$.steps[?(@.code == 'DISPATCH_UNIT')].status", hasItem("DONE")))
			.andExpect(jsonPath("$.steps[?(@.code == 'ENGAGE_PERSON')].dueAt", hasItem("2026-05-02T10:02:00Z")));
	}

	@Test
	void theTimelineRefusesToBeRewritten() throws Exception {
		String id = open(assigned, ProtocolFixtures.foundChild("Tim Line", 8, "striped shirt", "Library"));
		assertThatThrownBy(
				() -> jdbc.sql("update incident_event set detail = 'nothing' where incident_id = cast(:id as uuid)")
					.param("id", id).update())
			.rootCause().hasMessageContaining("incident_event is append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from protocol_step where version = 1").update())
			.rootCause().hasMessageContaining("protocol_step is append-only");
	}

	String open(RequestPostProcessor user, String json) throws Exception {
		String body = mvc
			.perform(post("/api/v1/incidents").with(user).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	void send(String id, String path, String json, RequestPostProcessor user) throws Exception {
		mvc.perform(post("/api/v1/incidents/" + id + path)
			.with(user).contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().is2xxSuccessful());
	}
}
