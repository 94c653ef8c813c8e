package org.leoprotocol.engagement;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scenario 001 ends in a community open house: command plans it, neighbours register by email until it is full and then
 * join the waiting list, a cancellation moves the first person waiting up, and after the day the registrants answer the
 * short survey. The public results show counts below five as "&lt;5" and no average until five answered; no name,
 * address or comment ever appears in them.
 */
@LeoIntegrationTest
class OpenHouseScenarioTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;
	@Autowired
	GreenMail mailServer;
	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor command;
	RequestPostProcessor neighbour = request -> {
		request.setRemoteAddr("192.0.2." + (1 + (int) (Math.random() * 200)));
		return request;
	};

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-09-01T10:00:00Z"));
		command = StaffAccountsForTests.as(staff, Role.COMMAND);
	}

	@Test
	void theOpenHouseFillsUpTakesFeedbackAndPublishesSuppressedResults() throws Exception {
		String event = JsonPath.read(mvc.perform(post("/api/v1/engagement/events").with(command)
			.contentType(MediaType.APPLICATION_JSON).content(
					"""
							{"title":"Open house at the Central Precinct","startsAt":"2026-09-12T16:00:00Z",
							 "place":"Central Precinct, 100 Main Street","activities":"Meet Officer Mark Miller; tour of the station; Leo's Protocol explained",
							 "capacity":6,"language":"en+es"}
							"""))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.placesLeft").value(6))
			.andReturn().getResponse().getContentAsString(), "$.event.id");

		mvc.perform(get("/api/v1/public/engagement/events")).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(event)));
		mvc.perform(get("/public/events/" + event)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Open house at the Central Precinct")));

		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> tokens = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			tokens.add(register(event, "Neighbour " + i, "neighbour" + i + "-" + run + "@example.org",
					"registration-" + run + "-" + i, "CONFIRMED"));
		}
		String waitingToken = register(event, "Late Neighbour", "late-" + run + "@example.org",
				"registration-" + run + "-late", "WAITING");

		mvc.perform(post("/api/v1/public/engagement/events/{id}/registrations", event).with(neighbour)
			.contentType(MediaType.APPLICATION_JSON)
			.content(registration("Neighbour 1", "neighbour1-" + run + "@example.org", "registration-" + run + "-1")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.repeated").value(true))
			.andExpect(jsonPath("$.status").value("CONFIRMED"));

		String mailed = tokenFromMail("neighbour1-" + run + "@example.org");
		assertThat(MailedLinks.mailTo(mailServer, "neighbour1-" + run + "@example.org").getSubject())
			.isEqualTo("Registered: Open house at the Central Precinct");
		assertThat(MailedLinks.body(MailedLinks.mailTo(mailServer, "neighbour1-" + run + "@example.org")))
			.as("the link starts with the address the registration came to, not a fixed localhost:8080")
			.contains("http://localhost/public/engagement/" + tokens.get(0)).doesNotContain("localhost:8080");
		assertThat(mailed).isEqualTo(tokens.get(0));

		mvc.perform(delete("/api/v1/public/engagement/registrations/{token}", tokens.get(5)).with(neighbour))
			.andExpect(status().isNoContent());
		mvc.perform(get("/public/engagement/" + waitingToken)).andExpect(status().isOk())
			.andExpect(content().string(containsString("You have a place")));

		mvc.perform(post("/api/v1/public/engagement/surveys/{token}", tokens.get(0)).with(neighbour)
			.contentType(MediaType.APPLICATION_JSON).content(ratings(5, "too early")))
			.andExpect(status().isConflict());

		clock.set(Instant.parse("2026-09-13T09:00:00Z"));
		List<String> attended = List.of(tokens.get(0), tokens.get(1), tokens.get(2), tokens.get(3), tokens.get(4),
				waitingToken);
		for (int i = 0; i < 4; i++) {
			answer(attended.get(i), 4, "Officer Miller was kind; my phone is 555-0199 (" + run + ")");
		}
		mvc.perform(post("/api/v1/public/engagement/surveys/{token}", attended.get(0)).with(neighbour)
			.contentType(MediaType.APPLICATION_JSON).content(ratings(1, "again")))
			.andExpect(status().isConflict());

		String results = mvc.perform(get("/api/v1/public/engagement/results")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Object>>read(results, "$[?(@.eventId == '" + event + "')].responses"))
			.containsExactly("<5");
		assertThat(JsonPath.<List<Object>>read(results, "$[?(@.eventId == '" + event + "')].averages[*]")).isEmpty();

		answer(attended.get(4), 5, null);
		answer(attended.get(5), 3, null);
		results = mvc.perform(get("/api/v1/public/engagement/results")).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Object>>read(results, "$[?(@.eventId == '" + event + "')].responses"))
			.containsExactly("6");
		assertThat(JsonPath.<List<Object>>read(results, "$[?(@.eventId == '" + event + "')].registered"))
			.containsExactly("6");
		assertThat(JsonPath.<List<Object>>read(results, "$[?(@.eventId == '" + event + "')].averages[0]"))
			.containsExactly(4.0);

		String page = mvc.perform(get("/public/engagement/results")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		for (String published : List.of(results, page)) {
			assertThat(published).doesNotContain("Neighbour").doesNotContain("example.org").doesNotContain("555-0199")
				.doesNotContain(run);
		}
		assertThat(page).contains("Open house at the Central Precinct");

		mvc.perform(get("/api/v1/engagement/events/{id}/registrations", event).with(command)).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(7));
		assertThat(jdbc.sql(
				"select count(*) from audit_event where component = 'engagement' and record_id = :id and detail = 'audit.detail.outreach.registrants'")
			.param("id", event).query(Long.class).single()).isPositive();
	}

	@Test
	void anInvitationAfterAnIncidentWorksOnceAndExpires() throws Exception {
		String address = "invited-" + UUID.randomUUID() + "@example.org";
		RequestPostProcessor supervisor = StaffAccountsForTests.as(staff, Role.SUPERVISOR);
		mvc.perform(post("/api/v1/engagement/invitations").with(supervisor).contentType(MediaType.APPLICATION_JSON)
			.content("{\"incidentId\":\"" + UUID.randomUUID() + "\",\"email\":\"" + address + "\"}"))
			.andExpect(status().isNotFound());
		UUID incident = UUID.fromString(JsonPath.read(mvc.perform(post("/api/v1/incidents").with(supervisor)
			.contentType(MediaType.APPLICATION_JSON).content(
					"""
							{"kind":"FOUND_CHILD","location":"Main Street fountain",
							 "person":{"name":"Malakai Test","age":4,"description":"red jacket","condition":"DISTRESSED","riskFactors":[]}}
							"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id"));
		mvc.perform(post("/api/v1/engagement/invitations").with(supervisor)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"incidentId\":\"" + incident + "\",\"email\":\"" + address + "\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.incidentId").value(incident.toString()));
		mvc.perform(post("/api/v1/engagement/invitations").with(StaffAccountsForTests.as(staff, Role.OFFICER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"incidentId\":\"" + incident + "\",\"email\":\"" + address + "\"}"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from survey_invitation where incident_id = :id").param("id", incident)
			.query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from event_registration where email = :a").param("a", address)
			.query(Long.class).single()).isZero();

		String token = tokenFromMail(address);
		mvc.perform(get("/public/engagement/" + token + "/survey")).andExpect(status().isOk())
			.andExpect(content().string(containsString("The officers treated me with respect")));
		answer(token, 5, "Thank you for finding my son");
		mvc.perform(post("/api/v1/public/engagement/surveys/{token}", token).with(neighbour)
			.contentType(MediaType.APPLICATION_JSON).content(ratings(5, null)))
			.andExpect(status().isConflict());
		mvc.perform(get("/public/engagement/results")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Thank you for finding my son"))))
			.andExpect(content().string(not(containsString("Malakai"))));

		String second = "invited-" + UUID.randomUUID() + "@example.org";
		mvc.perform(post("/api/v1/engagement/invitations").with(command)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"incidentId\":\"" + incident + "\",\"email\":\"" + second + "\"}"))
			.andExpect(status().isCreated());
		String expiring = tokenFromMail(second);
		clock.advance(Duration.ofDays(31));
		mvc.perform(post("/api/v1/public/engagement/surveys/{token}", expiring).with(neighbour)
			.contentType(MediaType.APPLICATION_JSON).content(ratings(3, null)))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("This invitation has expired."));
	}

	@Test
	void tooManyRegistrationsFromOneAddressAreRefusedWithATimeToWait() throws Exception {
		String event = JsonPath.read(mvc.perform(post("/api/v1/engagement/events").with(command)
			.contentType(MediaType.APPLICATION_JSON).content(
					"""
							{"title":"Throttle walk","startsAt":"2026-10-01T16:00:00Z","place":"Park","activities":"A walk","capacity":500,"language":"en"}
							"""))
			.andReturn().getResponse().getContentAsString(), "$.event.id");
		RequestPostProcessor another = request -> {
			request.setRemoteAddr("198.51.100." + (1 + (int) (Math.random() * 200)));
			return request;
		};
		RequestPostProcessor fixed = request -> {
			request.setRemoteAddr("203.0.113.77");
			return request;
		};
		int refused = 0;
		for (int i = 0; i < 35; i++) {
			int code = mvc.perform(post("/api/v1/public/engagement/events/{id}/registrations", event).with(fixed)
				.contentType(MediaType.APPLICATION_JSON)
				.content(registration("Walker " + i, "walker" + i + "-" + UUID.randomUUID() + "@example.org",
						"walk-" + UUID.randomUUID())))
				.andReturn().getResponse().getStatus();
			if (code == 429) {
				refused++;
			}
		}
		assertThat(refused).isGreaterThanOrEqualTo(5);
		mvc.perform(post("/api/v1/public/engagement/events/{id}/registrations", event).with(fixed)
			.header("Accept-Language", "es")
			.contentType(MediaType.APPLICATION_JSON)
			.content(registration("Walker", "walker-" + UUID.randomUUID() + "@example.org",
					"walk-" + UUID.randomUUID())))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.messageKey").value("error.throttled"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Demasiadas solicitudes")));
		String other = "other-" + UUID.randomUUID() + "@example.org";
		mvc.perform(post("/api/v1/public/engagement/events/{id}/registrations", event).with(another)
			.header("Accept-Language", "es")
			.contentType(MediaType.APPLICATION_JSON)
			.content(registration("Other", other, "walk-" + UUID.randomUUID())))
			.andExpect(status().isCreated());
		assertThat(MailedLinks.mailTo(mailServer, other).getSubject()).containsAnyOf("Inscripción confirmada: ",
				"Lista de espera: ");
	}

	private String register(String event, String name, String email, String key, String expected) throws Exception {
		String answer = mvc.perform(post("/api/v1/public/engagement/events/{id}/registrations", event).with(neighbour)
			.contentType(MediaType.APPLICATION_JSON).content(registration(name, email, key)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value(expected))
			.andExpect(jsonPath("$.mailed").value(true))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(answer, "$.token");
	}

	private void answer(String token, int rating, String comment) throws Exception {
		mvc.perform(post("/api/v1/public/engagement/surveys/{token}", token).with(neighbour)
			.contentType(MediaType.APPLICATION_JSON).content(ratings(rating, comment)))
			.andExpect(status().isCreated());
	}

	static String registration(String name, String email, String key) {
		return "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"partySize\":1,\"submissionKey\":\"" + key
				+ "\"}";
	}

	static String ratings(int rating, String comment) {
		return "{\"first\":" + rating + ",\"second\":" + rating + ",\"third\":" + rating + ",\"comment\":"
				+ (comment == null ? "null" : "\"" + comment + "\"") + "}";
	}

	private String tokenFromMail(String address) throws Exception {
		return MailedLinks.token(MailedLinks.mailTo(mailServer, address));
	}
}
