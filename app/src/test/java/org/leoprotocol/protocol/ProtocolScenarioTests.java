package org.leoprotocol.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.broadcast.PfifRecord;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The seed scenarios of docs/scenarios.md replayed through the API, with Leo's clock moved as the stories tell. */
@LeoIntegrationTest
public class ProtocolScenarioTests {

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
	ConfigurableApplicationContext context;

	ProtocolFixtures fixtures;
	final List<Object> published = new CopyOnWriteArrayList<>();
	final ApplicationListener<PayloadApplicationEvent<?>> recorder = event -> published.add(event.getPayload());

	@BeforeEach
	void setUp() {
		fixtures = new ProtocolFixtures(roster, staff, clock, scheduler, jdbc);
		context.addApplicationListener(recorder);
	}

	@AfterEach
	void tearDown() {
		context.removeApplicationListener(recorder);
	}

	/** Scenario 000: Leo, 5, by the fountain; Officer Mark Miller on scene 11:42 before engaging. */
	@Test
	void scenario000LeoIgnoredByTheFountain() throws Exception {
		Instant t0 = Instant.parse("2026-06-13T14:00:00Z");
		RequestPostProcessor dispatcher = fixtures.as(Role.OFFICER);
		RequestPostProcessor miller = fixtures.officer("734", "Mark", "Miller", "Police Officer", "CENTRAL-A",
				Role.OFFICER);
		RequestPostProcessor sergeant = fixtures.officer("512", "Teresa", "Alvarez", "Sergeant", "CENTRAL-A",
				Role.SUPERVISOR);
		RequestPostProcessor chief = fixtures.officer("1", "David", "Miller", "Chief of Police", "HQ", Role.COMMAND);

		clock.set(t0);
		String id = open(dispatcher,
				"""
						{"kind":"FOUND_CHILD","location":"Central square, by the fountain",
						 "person":{"name":"Leo Miller","age":5,"condition":"DISTRESSED","riskFactors":["OUT_OF_ZONE_OF_SAFETY"],
						           "description":"boy, brown hair, red jacket, blue sneakers, holding a small green dinosaur toy"}}
						""");
		at(t0, 0, 40).send(id, "/dispatch", ProtocolFixtures.dispatch("ASSIGNED", "734"), dispatcher);
		at(t0, 2, 50).send(id, "/camera", ProtocolFixtures.camera("RECORDING_STARTED", "BC-734", "734", null), miller);
		at(t0, 3, 0).send(id, "/dispatch", ProtocolFixtures.dispatch("ARRIVED", "734"), miller);

		fixtures.moveTo(plus(t0, 5, 1));
		fixtures.awaitEscalations(id, 1);
		fixtures.moveTo(plus(t0, 8, 1));
		fixtures.awaitEscalations(id, 2);
		fixtures.moveTo(plus(t0, 10, 1));
		fixtures.awaitEscalations(id, 3);
		fixtures.moveTo(plus(t0, 13, 1));
		fixtures.awaitEscalations(id, 5);

		at(t0, 14, 42).send(id, "/steps/ENGAGE_PERSON/done", "{}", miller);
		clock.set(plus(t0, 15, 30));
		mvc.perform(post("/api/v1/incidents/{id}/broadcasts", id).with(miller).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Found: Leo, 5, red jacket\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("must never contain the person's name")));
		String broadcast = JsonPath.read(mvc.perform(post("/api/v1/incidents/{id}/broadcasts", id).with(miller))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.text").value(containsString("dinosaur")))
			.andReturn().getResponse().getContentAsString(), "$.id");
		at(t0, 16, 0).send(id, "/camera", ProtocolFixtures.camera("RECORDING_STOPPED", "BC-734", "734", null), miller);
		at(t0, 21, 0).send(id, "/camera", ProtocolFixtures.camera("RECORDING_STARTED", "BC-734", "734",
				"activation ordered by Chief David Miller; family escorted to their car"), chief);

		clock.set(plus(t0, 24, 0));
		release(id, sergeant, "\"lastFour\":\"D123-4567-4821\"", "\"recognition\":\"RECOGNISED\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("Record only the last four characters of the document number, never the full number"));
		release(id, sergeant, "\"lastFour\":\"4821\"", "\"recognitionNote\":null")
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.detail").value(containsString("Missing: whether the person recognised the claimant")));
		release(id, sergeant, "\"lastFour\":\"4821\"", "\"recognition\":\"RECOGNISED\"")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESOLVED"))
			.andExpect(jsonPath("$.release.claimantName").value("Cora Miller"))
			.andExpect(jsonPath("$.release.documentLastFour").value("4821"));
		at(t0, 30, 0).send(id, "/dispatch", ProtocolFixtures.dispatch("CLEARED", "734"), miller);
		fixtures.moveTo(plus(t0, 45, 0));
		fixtures.awaitNoDueDeadlines(id);

		mvc.perform(get("/api/v1/incidents/{id}", id).with(chief))
			.andExpect(jsonPath("$.priority").value("HIGH"))
			.andExpect(jsonPath("$.escalations.length()").value(5))
			.andExpect(jsonPath("$.escalations[?(@.stepCode == 'ENGAGE_PERSON')].notified",
					is(List.of("OFFICER", "SUPERVISOR", "COMMAND"))))
			.andExpect(jsonPath("$.escalations[?(@.stepCode == 'RESOLVE_OR_NOTIFY_SUPERVISOR')].notified",
					is(List.of("SUPERVISOR"))))
			.andExpect(jsonPath("$.escalations[?(@.stepCode == 'ENGAGE_PERSON')].dueAt",
					is(List.of("2026-06-13T14:05:00Z", "2026-06-13T14:08:00Z", "2026-06-13T14:13:00Z"))))
			.andExpect(jsonPath("$.findings[?(@.kind == 'ON_SCENE_BEFORE_ENGAGEMENT')].summary",
					hasItem(containsString("on scene 11:42 before first engagement"))))
			.andExpect(jsonPath("$.findings[?(@.kind == 'ON_SCENE_BEFORE_ENGAGEMENT')].officer.badgeNumber",
					hasItem("734")))
			.andExpect(jsonPath("$.findings[?(@.kind == 'CAMERA_OFF_DURING_ENGAGEMENT')].measured", hasItem("5:00")))
			.andExpect(jsonPath("$.findings[?(@.kind == 'RELEASED_WITHOUT_VERIFICATION')]").isEmpty())
			.andExpect(jsonPath("$.steps[?(@.code == 'ENGAGE_PERSON')].lateSeconds", hasItem(582)));
		mvc.perform(get("/api/v1/incidents/{id}/timeline", id).with(chief))
			.andExpect(jsonPath("$[?(@.type == 'RECORDING_STARTED')].detail",
					hasItem("activation ordered by Chief David Miller; family escorted to their car")))
			.andExpect(jsonPath("$[?(@.type == 'RECORDING_STARTED')].source", everyItem(is("BODY_CAMERA"))))
			.andExpect(jsonPath("$[?(@.type == 'ARRIVED')].source", hasItem("DISPATCH")))
			.andExpect(jsonPath("$[?(@.type == 'FINDING_RECORDED')].detail",
					hasItem(containsString("Finding: on scene 11:42 before first engagement"))));
		mvc.perform(get("/staff/incidents/{id}", id).with(chief).header("Accept-Language", "es"))
			.andExpect(content().string(containsString("en el lugar durante 11:42 antes del primer contacto")))
			.andExpect(content().string(containsString("Hallazgo: cámara apagada durante 5:00 en el contacto")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("before first engagement"))));
		mvc.perform(get("/api/v1/incidents/{id}/broadcasts/{b}/cap", id, broadcast).with(chief))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(containsString("Leo Miller"))));
		assertThat(published).filteredOn(ProtocolFindingRecorded.class::isInstance)
			.map(ProtocolFindingRecorded.class::cast)
			.filteredOn(finding -> finding.incidentId().toString().equals(id)).extracting(ProtocolFindingRecorded::kind)
			.containsExactlyInAnyOrder(FindingKind.ON_SCENE_BEFORE_ENGAGEMENT,
					FindingKind.CAMERA_OFF_DURING_ENGAGEMENT);
		assertThat(jdbc.sql(
				"select max(raised_at - due_at) < interval '5 seconds' from escalation where incident_id = cast(:id as uuid)")
			.param("id", id).query(Boolean.class).single()).isTrue();
		needToKnow(id, miller, sergeant);
	}

	/**
	 * Who sees Leo's incident afterwards: Officer Okafor, of Miller's squad but with no part in it, is refused the
	 * resolved incident (audited); once Cora Miller's complaint is a case against Miller, he reads neither the child's
	 * nor the mother's identity, in the API or on the page, while his sergeant still does.
	 */
	private void needToKnow(String id, RequestPostProcessor miller, RequestPostProcessor sergeant) throws Exception {
		RequestPostProcessor okafor = fixtures.officer("3107", "Grace", "Okafor", "Probationary Officer", "CENTRAL-A",
				Role.OFFICER);
		mvc.perform(get("/api/v1/incidents/{id}", id).with(okafor)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("is closed to you")));
		mvc.perform(get("/staff/incidents/{id}", id).with(okafor)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/incidents/{id}/pfif", id).with(okafor)).andExpect(status().isForbidden());
		assertThat(jdbc.sql(
				"select count(*) from audit_event where action = 'ACCESS_DENIED' and record_type = 'Incident' and record_id = :id")
			.param("id", id).query(Long.class).single()).isEqualTo(3);

		mvc.perform(post("/api/v1/investigations").with(fixtures.as(Role.INVESTIGATOR))
			.contentType(MediaType.APPLICATION_JSON).content(
					"""
							{"caseType":"INTERNAL","summary":"Officer on scene 11:42 before engaging a lost child","allegations":[
							 {"badgeNumber":"734","category":"NEGLECT_OF_DUTY","description":"Did not engage the lost child."}]}
							"""))
			.andExpect(status().is2xxSuccessful());
		mvc.perform(get("/api/v1/incidents/{id}", id).with(miller)).andExpect(status().isOk())
			.andExpect(jsonPath("$.person.name").doesNotExist())
			.andExpect(jsonPath("$.person.nameWithheld").value(true))
			.andExpect(jsonPath("$.release.claimantName").doesNotExist())
			.andExpect(jsonPath("$.release.documentLastFour").doesNotExist())
			.andExpect(jsonPath("$.release.relationship").value("mother"));
		String page = mvc.perform(get("/staff/incidents/{id}", id).with(miller)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// identifiers in links are random and may hold the four digits by chance; the page's text may not
		assertThat(page.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", ""))
			.doesNotContain("Cora Miller", "4821", "Leo Miller");
		mvc.perform(get("/api/v1/incidents/{id}", id).with(sergeant))
			.andExpect(jsonPath("$.person.name").value("Leo Miller"))
			.andExpect(jsonPath("$.release.claimantName").value("Cora Miller"))
			.andExpect(jsonPath("$.release.documentLastFour").value("4821"));
	}

	/** Scenario 001: Deputy Rodriguez finds Malakai, 4, and does everything right. */
	@Test
	void scenario001MalakaiFoundAndReunitedOnTime() throws Exception {
		Instant t0 = Instant.parse("2026-07-18T09:00:00Z");
		RequestPostProcessor rodriguez = fixtures.officer("2218", "Daniel", "Rodriguez", "Deputy", "NORTH-A",
				Role.OFFICER);

		clock.set(t0);
		String id = open(rodriguez,
				"""
						{"kind":"FOUND_CHILD","location":"Palm Avenue, walking towards the donut shop","responsibleOfficerBadge":"2218",
						 "person":{"name":"Malakai","age":4,"condition":"UNHARMED","riskFactors":["OUT_OF_ZONE_OF_SAFETY"],
						           "description":"boy, blue sandals, carrying a stuffed puppy"}}
						""");
		mvc.perform(post("/api/v1/incidents/{id}/camera", id).with(rodriguez).contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"type\":\"RECORDING_STARTED\",\"deviceId\":\"BC-2218\",\"officerBadge\":\"2218\",\"at\":\"2026-07-18T08:59:50Z\"}"))
			.andExpect(status().isNoContent());
		send(id, "/dispatch", ProtocolFixtures.dispatch("ASSIGNED", "2218"), rodriguez);
		send(id, "/dispatch", ProtocolFixtures.dispatch("ARRIVED", "2218"), rodriguez);
		at(t0, 0, 20).send(id, "/steps/ENGAGE_PERSON/done",
				"{\"note\":\"knelt to eye level, talked about the stuffed puppy\"}", rodriguez);
		clock.set(plus(t0, 3, 0));
		mvc.perform(post("/api/v1/incidents/{id}/broadcasts", id).with(rodriguez)).andExpect(status().isCreated());
		clock.set(plus(t0, 8, 0));
		mvc.perform(post("/api/v1/incidents/{id}/release", id).with(rodriguez).contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"claimantName":"Mele Tupou","relationship":"mother","document":{"type":"Driver licence","issuer":"State","lastFour":"7710"},
							 "photoMatches":true,"recognition":"RECOGNISED","custodyClear":true,
							 "authorisationSource":"mother, sole parent; no custody order on file; address matches licence",
							 "verifyingOfficerBadge":"2218"}
							"""))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESOLVED"));
		at(t0, 10, 0).send(id, "/dispatch", ProtocolFixtures.dispatch("CLEARED", "2218"), rodriguez);
		fixtures.moveTo(plus(t0, 45, 0));
		fixtures.awaitNoDueDeadlines(id);
		decideAfterTheReleaseUntilClosed(id, rodriguez);

		mvc.perform(get("/api/v1/incidents/{id}", id).with(rodriguez))
			.andExpect(jsonPath("$.person.name").value("Malakai"))
			.andExpect(jsonPath("$.escalations").isEmpty())
			.andExpect(jsonPath("$.findings").isEmpty())
			.andExpect(jsonPath("$.steps[*].status", everyItem(is("DONE"))))
			.andExpect(jsonPath("$.steps[*].lateSeconds", everyItem(is(0))))
			.andExpect(jsonPath("$.decisions[0].decision").value("NO_REFERRAL_TO_CHILD_PROTECTIVE_SERVICES"))
			.andExpect(jsonPath("$.decisions[0].reason").value(containsString("unlatched door")));
		mvc.perform(get("/api/v1/incidents/{id}/pfif", id).with(rodriguez))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath(
					"/*[local-name()='pfif']/*[local-name()='person']/*[local-name()='full_name']")
				.string(PfifRecord.WITHHELD))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(containsString("Malakai"))));
	}

	/**
	 * Scenario 001's "no referral" is decided after the family went home: the incident is resolved by the release, yet
	 * the page still offers the decision form and the API records it; once a supervisor closes the incident, neither.
	 */
	void decideAfterTheReleaseUntilClosed(String id, RequestPostProcessor rodriguez) throws Exception {
		mvc.perform(get("/staff/incidents/{id}", id).with(rodriguez))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"record-decision\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"close-incident\""))));
		send(id, "/decisions",
				"""
						{"decision":"NO_REFERRAL_TO_CHILD_PROTECTIVE_SERVICES",
						 "reason":"The child slipped out through an unlatched door; the mother is attentive and fitted a chain lock at once."}
						""",
				rodriguez);
		RequestPostProcessor sergeant = fixtures.officer("1717", "Alma", "Reyes", "Sergeant", "NORTH-A",
				Role.SUPERVISOR);
		mvc.perform(get("/staff/incidents/{id}", id).with(sergeant))
			.andExpect(content().string(containsString("id=\"close-incident\"")));
		clock.set(clock.instant().plus(Duration.ofHours(20)));
		mvc.perform(post("/api/v1/incidents/{id}/close", id).with(rodriguez).contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/incidents/{id}/close", id).with(sergeant).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"reviewed: all steps on time, decision recorded\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
		mvc.perform(post("/api/v1/incidents/{id}/decisions", id).with(rodriguez).contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"OTHER\",\"reason\":\"a late second thought about the case\"}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/staff/incidents/{id}", id).with(rodriguez))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"record-decision\""))));
	}

	/** Scenario 000, three months later: a rookie helps a disoriented elderly woman; every step on time. */
	@Test
	void rookieHelpsADisorientedElderlyWomanWithoutEscalation() throws Exception {
		Instant t0 = Instant.parse("2026-09-20T17:00:00Z");
		RequestPostProcessor okafor = fixtures.officer("3107", "Grace", "Okafor", "Probationary Officer", "CENTRAL-A",
				Role.OFFICER);

		clock.set(t0);
		String id = open(okafor,
				"""
						{"kind":"VULNERABLE_ADULT_FOUND","location":"Elm Street bus shelter","responsibleOfficerBadge":"3107",
						 "person":{"name":"Agatha Birch","age":81,"condition":"DISORIENTED","riskFactors":["MENTALLY_DIMINISHED"],
						           "description":"woman, white hair, lilac cardigan, slippers, walking stick"}}
						""");
		send(id, "/camera", ProtocolFixtures.camera("RECORDING_STARTED", "BC-3107", "3107", null), okafor);
		send(id, "/dispatch", ProtocolFixtures.dispatch("ASSIGNED", "3107"), okafor);
		send(id, "/dispatch", ProtocolFixtures.dispatch("ARRIVED", "3107"), okafor);
		at(t0, 0, 45).send(id, "/steps/ENGAGE_PERSON/done", "{}", okafor);
		clock.set(plus(t0, 4, 0));
		mvc.perform(post("/api/v1/incidents/{id}/broadcasts", id).with(okafor)).andExpect(status().isCreated());
		clock.set(plus(t0, 9, 0));
		mvc.perform(
				post("/api/v1/incidents/{id}/release", id).with(okafor).contentType(MediaType.APPLICATION_JSON).content(
						"""
								{"claimantName":"Ruth Birch","relationship":"daughter and carer","document":{"type":"Passport","issuer":"United States","lastFour":"0937"},
								 "photoMatches":true,"recognition":"RECOGNISED","custodyClear":true,
								 "authorisationSource":"daughter holds lasting power of attorney; called from the number on the care plan",
								 "verifyingOfficerBadge":"3107"}
								"""))
			.andExpect(status().isOk());
		fixtures.moveTo(plus(t0, 40, 0));
		fixtures.awaitNoDueDeadlines(id);

		mvc.perform(get("/api/v1/incidents/{id}", id).with(okafor))
			.andExpect(jsonPath("$.priority").value("HIGH"))
			.andExpect(jsonPath("$.priorityReasons", hasItem(containsString("mentally diminished"))))
			.andExpect(jsonPath("$.escalations").isEmpty())
			.andExpect(jsonPath("$.findings").isEmpty())
			.andExpect(jsonPath("$.steps[*].status", everyItem(is("DONE"))));
	}

	String open(RequestPostProcessor user, String json) throws Exception {
		String body = mvc
			.perform(post("/api/v1/incidents").with(user).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	ResultActions release(String id, RequestPostProcessor user, String lastFour, String recognition) throws Exception {
		return mvc.perform(
				post("/api/v1/incidents/{id}/release", id).with(user).contentType(MediaType.APPLICATION_JSON).content(
						"""
								{"claimantName":"Cora Miller","relationship":"mother",
								 "document":{"type":"Driver licence","issuer":"State",%s},"photoMatches":true,%s,"custodyClear":true,
								 "authorisationSource":"mother; no custody order on file; the child ran to her","verifyingOfficerBadge":"512"}
								"""
							.formatted(lastFour, recognition)));
	}

	ProtocolScenarioTests at(Instant t0, int minutes, int seconds) {
		clock.set(plus(t0, minutes, seconds));
		return this;
	}

	void send(String id, String path, String json, RequestPostProcessor user) throws Exception {
		mvc.perform(
				post("/api/v1/incidents/" + id + path).with(user).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().is2xxSuccessful());
	}

	public static Instant plus(Instant t0, int minutes, int seconds) {
		return t0.plus(Duration.ofMinutes(minutes)).plusSeconds(seconds);
	}
}
