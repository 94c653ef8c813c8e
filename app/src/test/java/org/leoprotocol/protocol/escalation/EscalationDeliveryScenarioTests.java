package org.leoprotocol.protocol.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.notifications.preferences.Preferences;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.ProtocolFixtures;
import org.leoprotocol.protocol.ProtocolScenarioTests;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12's promise replayed through the API with a movable clock: in scenario 000 Officer Miller's engagement step
 * goes late and the sergeant on duty over his squad is told at once, in the inbox and by mail; nobody acknowledges, so
 * it passes to the watch commander, who acknowledges; the timeline names each of them. In scenario 001 everything is on
 * time and nobody is told anything. An incident nobody has been made responsible for reaches the sergeant on duty over
 * its opener's unit, then the watch commander.
 */
@LeoIntegrationTest
class EscalationDeliveryScenarioTests {

	static final Duration PROMPTLY = Duration.ofSeconds(5);

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
	GreenMail mail;
	@Autowired
	Preferences preferences;

	ProtocolFixtures fixtures;
	RequestPostProcessor rosterKeeper;
	String suffix;
	String unit;

	@BeforeEach
	void setUp() {
		fixtures = new ProtocolFixtures(roster, staff, clock, scheduler, jdbc);
		suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		unit = "ESC-" + suffix;
		roster.establishUnit(unit, "Escalation squad " + suffix, null);
	}

	@Test
	void scenario000MillersLateEngagementReachesTheSergeantThenTheWatchCommander() throws Exception {
		Instant t0 = Instant.parse("2033-06-13T14:00:00Z");
		clock.set(t0);
		RequestPostProcessor miller = fixtures.officer("1" + suffix, "Mark", "Miller", "Police Officer", unit,
				Role.OFFICER);
		RequestPostProcessor watchCommander = onDuty("3" + suffix, "Ruth", "Okoro", "Lieutenant", Role.COMMAND,
				"WATCH_COMMANDER",
				"2033-06-13");
		RequestPostProcessor sergeant = onDuty("2" + suffix, "Teresa", "Alvarez", "Sergeant", Role.SUPERVISOR,
				"SUPERVISOR", "2033-06-13");

		String id = open(miller, "1" + suffix);
		at(t0, 0, 40).send(id, "/dispatch", ProtocolFixtures.dispatch("ASSIGNED", "1" + suffix), miller);
		at(t0, 2, 50).send(id, "/camera",
				ProtocolFixtures.camera("RECORDING_STARTED", "BC-" + suffix, "1" + suffix, null), miller);
		at(t0, 3, 0).send(id, "/dispatch", ProtocolFixtures.dispatch("ARRIVED", "1" + suffix), miller);

		fixtures.moveTo(ProtocolScenarioTests.plus(t0, 8, 1));
		String cause = "escalation:" + id + ":ENGAGE_PERSON:2";
		awaitNotice("2" + suffix, cause);
		assertThat(JsonPath.<List<String>>read(inbox(sergeant), "$[?(@.cause == '" + cause + "')].subject"))
			.singleElement().asString().contains("Engage the person");
		assertThat(
				JsonPath.<List<String>>read(
						mvc.perform(get("/api/v1/notifications").with(sergeant).header("Accept-Language", "es"))
							.andReturn().getResponse().getContentAsString(),
						"$[?(@.cause == '" + cause + "')].subject"))
			.as("read in Spanish").singleElement().asString().contains("\"Atender a la persona\"")
			.contains("niño encontrado");
		await().atMost(PROMPTLY).pollInterval(Duration.ofMillis(50)).until(() -> mailsTo("officer-2" + suffix) > 0);
		mvc.perform(get("/api/v1/incidents/{id}", id).with(sergeant))
			.andExpect(jsonPath(
					"$.escalations[?(@.stepCode == 'ENGAGE_PERSON' && @.level == 2)].reached[0].officer.badgeNumber",
					hasItem("2" + suffix)));

		fixtures.moveTo(ProtocolScenarioTests.plus(t0, 10, 5));
		String passed = awaitNotice("3" + suffix, cause);
		mvc.perform(post("/api/v1/notifications/{n}/acknowledge", passed).with(watchCommander))
			.andExpect(status().isOk());
		await().atMost(PROMPTLY).pollInterval(Duration.ofMillis(50))
			.until(() -> jdbc.sql("""
					select count(*) from escalation_acknowledgement where incident_id = cast(:id as uuid)""")
				.param("id", id)
				.query(Long.class).single() > 0);

		mvc.perform(get("/api/v1/incidents/{id}/timeline", id).with(sergeant))
			.andExpect(jsonPath("$[?(@.type == 'ESCALATION_RAISED' && @.stepCode == 'ENGAGE_PERSON')].detail",
					hasItem(allOf(containsString("Level 2"), containsString("Sergeant Teresa Alvarez")))))
			.andExpect(jsonPath("$[?(@.type == 'ESCALATION_PASSED_ON')].detail",
					hasItem(allOf(containsString("watch commander"), containsString("Lieutenant Ruth Okoro")))))
			.andExpect(jsonPath("$[?(@.type == 'ESCALATION_ACKNOWLEDGED')].detail",
					hasItem(containsString("Ruth Okoro"))));
	}

	@Test
	void scenario001NothingEscalatesAndNobodyIsTold() throws Exception {
		Instant t0 = Instant.parse("2033-07-18T09:00:00Z");
		clock.set(t0);
		RequestPostProcessor rodriguez = fixtures.officer("4" + suffix, "Daniel", "Rodriguez", "Deputy", unit,
				Role.OFFICER);
		RequestPostProcessor sergeant = onDuty("5" + suffix, "Ines", "Navarro", "Sergeant", Role.SUPERVISOR,
				"SUPERVISOR", "2033-07-18");

		String id = open(rodriguez, "4" + suffix);
		send(id, "/camera", ProtocolFixtures.camera("RECORDING_STARTED", "BC-4" + suffix, "4" + suffix, null),
				rodriguez);
		send(id, "/dispatch", ProtocolFixtures.dispatch("ASSIGNED", "4" + suffix), rodriguez);
		send(id, "/dispatch", ProtocolFixtures.dispatch("ARRIVED", "4" + suffix), rodriguez);
		at(t0, 0, 20).send(id, "/steps/ENGAGE_PERSON/done", "{}", rodriguez);
		clock.set(ProtocolScenarioTests.plus(t0, 3, 0));
		mvc.perform(post("/api/v1/incidents/{id}/broadcasts", id).with(rodriguez)).andExpect(status().isCreated());
		clock.set(ProtocolScenarioTests.plus(t0, 8, 0));
		send(id, "/release",
				"""
						{"claimantName":"Mele Tupou","relationship":"mother","document":{"type":"Driver licence","issuer":"State","lastFour":"7710"},
						 "photoMatches":true,"recognition":"RECOGNISED","custodyClear":true,
						 "authorisationSource":"mother, sole parent; no custody order on file","verifyingOfficerBadge":"4%s"}
						"""
					.formatted(suffix),
				rodriguez);
		fixtures.moveTo(ProtocolScenarioTests.plus(t0, 45, 0));
		fixtures.awaitNoDueDeadlines(id);

		mvc.perform(get("/api/v1/incidents/{id}", id).with(sergeant)).andExpect(jsonPath("$.escalations").isEmpty());
		assertThat(inbox(sergeant)).doesNotContain(id);
		assertThat(inbox(rodriguez)).doesNotContain(id);
	}

	@Test
	void anIncidentNobodyIsResponsibleForReachesTheSergeantOverItsOpenersUnitThenTheWatchCommander() throws Exception {
		Instant t0 = Instant.parse("2033-08-02T15:00:00Z");
		clock.set(t0);
		RequestPostProcessor opener = fixtures.officer("6" + suffix, "Priya", "Shah", "Police Officer", unit,
				Role.OFFICER);
		RequestPostProcessor sergeant = onDuty("7" + suffix, "Oscar", "Lindqvist", "Sergeant", Role.SUPERVISOR,
				"SUPERVISOR", "2033-08-02");
		onDuty("8" + suffix, "Grace", "Mbeki", "Lieutenant", Role.COMMAND, "WATCH_COMMANDER", "2033-08-02");
		preferences.save(staff.contactOf("officer-7" + suffix).orElseThrow().accountId(), java.util.Map.of(),
				java.util.Locale.forLanguageTag("es"));

		String id = JsonPath
			.read(mvc.perform(post("/api/v1/incidents").with(opener).contentType(MediaType.APPLICATION_JSON).content("""
					{"kind":"FOUND_CHILD","location":"Station lobby, front desk",
					 "person":{"age":6,"condition":"DISTRESSED","riskFactors":["OUT_OF_ZONE_OF_SAFETY"],
					           "description":"girl, yellow raincoat"}}
					""")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

		fixtures.moveTo(ProtocolScenarioTests.plus(t0, 5, 1));
		String cause = "escalation:" + id + ":DISPATCH_UNIT:1";
		awaitNotice("7" + suffix, cause);
		assertThat(JsonPath.<List<String>>read(inbox(sergeant), "$[?(@.cause == '" + cause + "')].subject"))
			.singleElement().asString().contains("\"Dispatch a unit at once\"").contains("Found child");
		await().atMost(PROMPTLY).pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(subjectsMailedTo("officer-7" + suffix))
				.as("mailed in the language he chose").singleElement().asString()
				.contains("\"Enviar una unidad de inmediato\"").contains("niño encontrado"));
		mvc.perform(get("/api/v1/incidents/{id}/timeline", id).with(sergeant))
			.andExpect(jsonPath("$[?(@.type == 'ESCALATION_RAISED' && @.stepCode == 'DISPATCH_UNIT')].detail",
					hasItem(allOf(containsString("Sergeant Oscar Lindqvist"),
							containsString("no responsible officer yet"),
							containsString("Priya Shah")))));

		fixtures.moveTo(ProtocolScenarioTests.plus(t0, 7, 5));
		awaitNotice("8" + suffix, cause);
		mvc.perform(get("/api/v1/incidents/{id}/timeline", id).with(sergeant))
			.andExpect(jsonPath("$[?(@.type == 'ESCALATION_PASSED_ON' && @.stepCode == 'DISPATCH_UNIT')].detail",
					hasItem(allOf(containsString("watch commander"), containsString("Lieutenant Grace Mbeki")))));
	}

	RequestPostProcessor onDuty(String badge, String first, String last, String rank, Role role, String post,
			String day)
			throws Exception {
		RequestPostProcessor user = fixtures.officer(badge, first, last, rank, unit, role);
		staff.setEmail("officer-" + badge, "officer-" + badge + "@leo.test");
		if (rosterKeeper == null) {
			rosterKeeper = fixtures.as(Role.COMMAND);
		}
		mvc.perform(post("/api/v1/duty/shifts").with(rosterKeeper).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"badge":"%s","unit":"%s","post":"%s","starts":"%sT08:00","ends":"%sT20:00"}
					""".formatted(badge, unit, post, day, day)))
			.andExpect(status().isCreated());
		return user;
	}

	/** Waits until the notice of this cause is in the officer's inbox; returns its id. */
	String awaitNotice(String badge, String cause) {
		return await().atMost(PROMPTLY).pollInterval(Duration.ofMillis(50))
			.until(() -> jdbc.sql("""
					select cast(n.id as text) from notification n join staff_account a on a.id = n.account_id
					where n.cause = :cause and a.username = :username""").param("cause", cause)
				.param("username", "officer-" + badge)
				.query(String.class).optional().orElse(null), found -> found != null);
	}

	String inbox(RequestPostProcessor user) throws Exception {
		return mvc.perform(get("/api/v1/notifications").with(user)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	List<String> subjectsMailedTo(String username) {
		return java.util.Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return java.util.Arrays.toString(message.getAllRecipients()).contains(username + "@leo.test");
			}
			catch (jakarta.mail.MessagingException unreadable) {
				return false;
			}
		}).map(message -> {
			try {
				return message.getSubject();
			}
			catch (jakarta.mail.MessagingException unreadable) {
				return "";
			}
		}).toList();
	}

	long mailsTo(String username) {
		return java.util.Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return java.util.Arrays.toString(message.getAllRecipients()).contains(username + "@leo.test");
			}
			catch (jakarta.mail.MessagingException unreadable) {
				return false;
			}
		}).count();
	}

	String open(RequestPostProcessor user, String responsibleBadge) throws Exception {
		return JsonPath
			.read(mvc.perform(post("/api/v1/incidents").with(user).contentType(MediaType.APPLICATION_JSON).content("""
					{"kind":"FOUND_CHILD","location":"Central square, by the fountain","responsibleOfficerBadge":"%s",
					 "person":{"age":5,"condition":"DISTRESSED","riskFactors":["OUT_OF_ZONE_OF_SAFETY"],
					           "description":"boy, red jacket, holding a small green dinosaur toy"}}
					""".formatted(responsibleBadge))).andExpect(status().isCreated()).andReturn().getResponse()
				.getContentAsString(), "$.id");
	}

	EscalationDeliveryScenarioTests at(Instant t0, int minutes, int seconds) {
		clock.set(ProtocolScenarioTests.plus(t0, minutes, seconds));
		return this;
	}

	void send(String id, String path, String json, RequestPostProcessor user) throws Exception {
		mvc.perform(
				post("/api/v1/incidents/" + id + path).with(user).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().is2xxSuccessful());
	}
}
