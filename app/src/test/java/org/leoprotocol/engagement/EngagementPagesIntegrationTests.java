package org.leoprotocol.engagement;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The engagement pages work without JavaScript: a refused form comes back with the reason and the input kept, a double
 * submit registers once, the private link cancels, and staff pages follow the roles.
 */
@LeoIntegrationTest
class EngagementPagesIntegrationTests {

	static final Pattern SUBMISSION_KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;
	@Autowired
	Engagement engagement;

	RequestPostProcessor visitor = request -> {
		request.setRemoteAddr("192.0.2.250");
		return request;
	};
	OutreachEvent event;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-09-01T10:00:00Z"));
		event = engagement
			.plan(new EventDetails("Coffee with a cop", Instant.parse("2026-09-20T08:00:00Z"), "Corner café",
					"Coffee and questions", 2, "es"));
	}

	@Test
	void aRefusedRegistrationKeepsTheInputAndADoubleSubmitRegistersOnce() throws Exception {
		String form = mvc.perform(get("/public/events/" + event.id()).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Coffee with a cop")))
			.andReturn().getResponse().getContentAsString();
		Matcher key = SUBMISSION_KEY.matcher(form);
		assertThat(key.find()).isTrue();

		mvc.perform(post("/public/events/" + event.id() + "/registrations").with(csrf()).with(visitor)
			.param("name", "Rosa Registrant").param("email", "not an address").param("partySize", "2")
			.param("submissionKey", key.group(1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Give an email address")))
			.andExpect(content().string(containsString("value=\"Rosa Registrant\"")));
		mvc.perform(
				post("/public/events/" + event.id() + "/registrations").with(csrf()).with(visitor).param("lang", "es")
					.param("name", "Rosa Registrant").param("email", "not an address").param("partySize", "11")
					.param("submissionKey", key.group(1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Indique una dirección de correo electrónico")))
			.andExpect(content().string(containsString("Una inscripción es para 1 a 10 personas")));

		String email = "rosa-" + UUID.randomUUID() + "@example.org";
		for (int attempt = 0; attempt < 2; attempt++) {
			mvc.perform(post("/public/events/" + event.id() + "/registrations").with(csrf()).with(visitor)
				.param("name", "Rosa Registrant").param("email", email).param("partySize", "2")
				.param("submissionKey", key.group(1)))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "no-store"))
				.andExpect(
						content().string(containsString(attempt == 0 ? "/public/engagement/" : "already been sent")));
		}
		assertThat(engagement.registrants(event.id())).hasSize(1);

		mvc.perform(get("/public/events/" + event.id())).andExpect(content().string(containsString("Full")))
			.andExpect(content().string(not(containsString("Rosa"))));
		mvc.perform(post("/public/events/" + event.id() + "/registrations").with(csrf()).with(visitor)
			.param("name", "Rosa Again").param("email", email).param("partySize", "1")
			.param("submissionKey", "another-key-" + UUID.randomUUID()))
			.andExpect(status().isConflict()).andExpect(content().string(containsString("already registered")));
		mvc.perform(
				post("/public/events/" + event.id() + "/registrations").with(csrf()).with(visitor).param("lang", "es")
					.param("name", "Rosa Again").param("email", email).param("partySize", "1")
					.param("submissionKey", "another-key-" + UUID.randomUUID()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("ya está inscrita en este evento")));
	}

	@Test
	void thePrivateLinkCancelsBeforeTheEventAndOpensTheSurveyAfter() throws Exception {
		RegistrationReceipt receipt = registerDirectly("Sam Survey");
		mvc.perform(get("/public/engagement/" + receipt.token())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Cancel my registration")));
		mvc.perform(get("/public/engagement/" + receipt.token() + "/survey"))
			.andExpect(content().string(containsString("The survey opens when the event begins.")));
		mvc.perform(get("/public/engagement/" + receipt.token() + "/survey").param("lang", "es"))
			.andExpect(content().string(containsString("La encuesta se abre cuando comienza el evento.")));

		clock.set(Instant.parse("2026-09-20T12:00:00Z"));
		mvc.perform(get("/public/engagement/" + receipt.token())).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Cancel my registration"))))
			.andExpect(content().string(containsString("/survey")));
		mvc.perform(post("/public/engagement/" + receipt.token() + "/survey").with(csrf()).with(visitor)
			.param("first", "5").param("second", "9").param("third", "4").param("comment", "Nice"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("from 1 to 5")))
			.andExpect(content().string(containsString("Nice")));
		mvc.perform(
				post("/public/engagement/" + receipt.token() + "/survey").with(csrf()).with(visitor).param("lang", "es")
					.param("first", "5").param("second", "9").param("third", "4").param("comment", "Nice"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("del 1 al 5")));
		mvc.perform(post("/public/engagement/" + receipt.token() + "/survey").with(csrf()).with(visitor)
			.param("first", "5").param("second", "4").param("third", "4").param("comment", "Nice"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("your answer is recorded")));
		mvc.perform(get("/public/engagement/" + receipt.token() + "/survey"))
			.andExpect(content().string(containsString("this survey has been answered")));
		mvc.perform(post("/public/engagement/" + receipt.token() + "/cancel").with(csrf()).with(visitor).param("lang",
				"es"))
			.andExpect(status().isConflict()).andExpect(content().string(containsString("El evento ya ha comenzado")));
		mvc.perform(get("/public/engagement/no-such-link/survey").param("lang", "es"))
			.andExpect(status().isNotFound()).andExpect(content().string(containsString("el enlace ya no funciona")))
			.andExpect(content().string(not(containsString("This link does not open"))));
		mvc.perform(get("/public/engagement/no-such-link/survey"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This link does not open any survey.")));
	}

	@Test
	void cancellingThroughThePageFreesThePlace() throws Exception {
		RegistrationReceipt first = registerDirectly("Cora Cancel");
		mvc.perform(post("/public/engagement/" + first.token() + "/cancel").with(csrf()).with(visitor))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Your registration is cancelled")));
		assertThat(engagement.placesLeft(event)).isEqualTo(2);
		mvc.perform(get("/public/engagement/not-a-real-token-at-all")).andExpect(status().isNotFound());
	}

	@Test
	void staffPagesFollowTheRolesAndAuditTheRegistrants() throws Exception {
		registerDirectly("Paula Private");
		RequestPostProcessor command = StaffAccountsForTests.as(staff, Role.COMMAND);
		mvc.perform(get("/staff/engagement").with(StaffAccountsForTests.as(staff, Role.OFFICER)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/engagement").with(StaffAccountsForTests.as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Invite to a survey")))
			.andExpect(content().string(not(containsString("Plan an event"))));
		mvc.perform(
				get("/staff/engagement/events/" + event.id()).with(StaffAccountsForTests.as(staff, Role.SUPERVISOR)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/engagement/events/" + event.id()).with(command)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Paula Private")));

		mvc.perform(post("/staff/engagement/events").with(command).param("title", "Listening session")
			.param("startsAt", "2026-10-01T18:30").param("place", "Library").param("activities", "Listening")
			.param("capacity", "lots")
			.param("language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The capacity is a number of people")))
			.andExpect(content().string(containsString("value=\"Listening session\"")));
		mvc.perform(post("/staff/engagement/events").with(command).param("title", "Listening session")
			.param("startsAt", "2026-10-01T18:30").param("place", "Library").param("activities", "Listening")
			.param("capacity", "40")
			.param("language", "en"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/engagement/invitations").with(command).param("incidentId", "not-an-id").param("email",
				"a@example.org"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("An incident id looks like")));
	}

	@Test
	void publicPagesRenderInSpanish() throws Exception {
		mvc.perform(get("/public/events").param("lang", "es")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Eventos comunitarios")));
		mvc.perform(get("/public/engagement/results").param("lang", "es")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Resultados de las encuestas comunitarias")));
	}

	private RegistrationReceipt registerDirectly(String name) {
		return engagementRegistration.register(event.id(),
				new RegistrationRequest(name, "p-" + UUID.randomUUID() + "@example.org", 1,
						"direct-" + UUID.randomUUID()));
	}

	@Autowired
	EventRegistration engagementRegistration;
}
