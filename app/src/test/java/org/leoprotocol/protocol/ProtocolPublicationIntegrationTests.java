package org.leoprotocol.protocol;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.definition.EscalationLevel;
import org.leoprotocol.protocol.definition.ProtocolStep;
import org.leoprotocol.protocol.web.ProtocolDraft;
import org.leoprotocol.protocol.web.ProtocolPage;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Command staff publish a new protocol version from the protocol page: the form starts from the current version,
 * refuses what the protocol's rules refuse with the input kept, and leaves running incidents on their own version.
 */
@LeoIntegrationTest
class ProtocolPublicationIntegrationTests {

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
	Protocols protocols;

	ProtocolFixtures fixtures;
	RequestPostProcessor officer;
	RequestPostProcessor command;
	ProtocolVersion original;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-08-02T09:00:00Z"));
		fixtures = new ProtocolFixtures(roster, staff, clock, scheduler, jdbc);
		officer = fixtures.officer("94001", "Vera", "Version", "Police Officer", null, Role.OFFICER);
		command = fixtures.as(Role.COMMAND);
		original = protocols.current();
	}

	/** Other tests run against the current version, so the original steps are published again as the newest. */
	@AfterEach
	void restoreTheOriginalSteps() {
		if (protocols.current().version() != original.version()) {
			protocols.publish(original.name(), "restored after a test", original.steps(), Actor.staff("test"));
		}
	}

	@Test
	void commandPublishesAChangedDeadlineAndAnIncidentOpenedBeforeKeepsItsVersion() throws Exception {
		String before = openIncident();
		ProtocolStep first = original.steps().get(0);
		mvc.perform(get(ProtocolPage.PATH).with(command)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Publish a new version")))
			.andExpect(content().string(containsString("value=\"" + first.code() + "\"")));

		mvc.perform(form(original, "Longer first deadline", "A review found the first deadline too tight.",
				"step-0-deadline-minutes", "42", "step-0-deadline-seconds", "30")
			.with(command))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(ProtocolPage.PATH + "?version=" + (original.version() + 1)));

		ProtocolVersion published = protocols.current();
		assertThat(published.version()).isEqualTo(original.version() + 1);
		assertThat(published.notes()).isEqualTo("A review found the first deadline too tight.");
		assertThat(published.step(first.code()).orElseThrow().deadline())
			.isEqualTo(Duration.ofMinutes(42).plusSeconds(30));
		assertThat(published.step(first.code()).orElseThrow().escalations()).isEqualTo(first.escalations());
		assertThat(published.steps()).hasSameSizeAs(original.steps());
		mvc.perform(get("/api/v1/incidents/{id}", before).with(officer))
			.andExpect(jsonPath("$.protocolVersion").value(original.version()));
		assertThat(protocols.version(original.version()).step(first.code()).orElseThrow().deadline())
			.isEqualTo(first.deadline());
	}

	@Test
	void thePageAndItsRefusalsAreSaidInTheReadersLanguage() throws Exception {
		mvc.perform(get(ProtocolPage.PATH).with(officer).header("Accept-Language", "es")).andExpect(status().isOk())
			.andExpect(content().string(containsString("agente al vencer el plazo → supervisor +3:00 → mando +8:00")))
			.andExpect(content().string(containsString("registro del personal")))
			.andExpect(content().string(containsString("niño encontrado")))
			.andExpect(content().string(not(containsString("at the deadline"))))
			.andExpect(content().string(not(containsString("recorded by staff"))));
		mvc.perform(form(original, "Errata", "why", "step-0-deadline-minutes", "diez").with(command)
			.header("Accept-Language", "es"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Hay pasos que corregir; cada uno dice por qué más abajo.")))
			.andExpect(content().string(containsString(
					"Paso " + original.steps().get(0).code()
							+ ": plazo (minutos) debe ser un número entero, no 'diez'")));
		assertThat(protocols.current().version()).isEqualTo(original.version());
	}

	@Test
	void anOfficerReadsThePageButCannotPublish() throws Exception {
		mvc.perform(get(ProtocolPage.PATH).with(officer)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Publish a new version"))));
		mvc.perform(form(original, "Not mine to publish", "trying").with(officer)).andExpect(status().isForbidden());
		assertThat(protocols.current().version()).isEqualTo(original.version());
	}

	@Test
	void invalidInputIsShownAgainWithTheReasonNextToTheStep() throws Exception {
		String code = original.steps().get(0).code();
		mvc.perform(form(original, "Typo", "why", "step-0-deadline-minutes", "ten").with(command))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("Step " + code + ": the deadline minutes must be a whole number, not 'ten'")))
			.andExpect(content().string(containsString("Some steps need correcting; each says why below.")))
			.andExpect(content().string(containsString("value=\"ten\"")));
		mvc.perform(form(original, "Far too late", "why", "step-0-deadline-minutes", "50000").with(command))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("Step " + code + " needs a deadline between zero seconds and 30 days")))
			.andExpect(content().string(containsString("value=\"50000\"")));
		mvc.perform(form(original, "No reason given", " ").with(command))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say why this version is published")))
			.andExpect(content().string(containsString("value=\"No reason given\"")));
		assertThat(protocols.current().version()).isEqualTo(original.version());
	}

	@Test
	void aStepIsAddedToTheDraftAndOneLeftOut() throws Exception {
		mvc.perform(form(original, "Draft", "why", "action", ProtocolDraft.ADD_STEP).with(command))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"step-" + original.steps().size() + "-code\"")));
		mvc.perform(form(original, "Without the last step", "It moved to another procedure.",
				"step-" + (original.steps().size() - 1) + "-left-out", "yes")
			.with(command))
			.andExpect(status().is3xxRedirection());
		assertThat(protocols.current().steps()).hasSize(original.steps().size() - 1);
	}

	/**
	 * The publication form as the page renders it for this version, filled in unchanged except for the fields given as
	 * name and value pairs.
	 */
	private static MockHttpServletRequestBuilder form(ProtocolVersion version, String name, String notes,
			String... changed) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("name", name);
		fields.add("notes", notes);
		fields.add("action", "publish");
		for (int i = 0; i < version.steps().size(); i++) {
			step(fields, "step-" + i + "-", version.steps().get(i));
		}
		for (int i = 0; i < changed.length; i += 2) {
			fields.set(changed[i], changed[i + 1]);
		}
		return post(ProtocolPage.PATH).with(csrf()).params(fields);
	}

	private static void step(MultiValueMap<String, String> fields, String p, ProtocolStep step) {
		fields.add(p + "code", step.code());
		fields.add(p + "title", step.title());
		fields.add(p + "instruction", step.instruction());
		fields.add(p + "acting-role", step.actingRole().name());
		fields.add(p + "anchor", step.anchor().name());
		fields.add(p + "deadline-minutes", String.valueOf(step.deadline().toMinutes()));
		fields.add(p + "deadline-seconds", String.valueOf(step.deadline().toSecondsPart()));
		step.appliesTo().forEach(kind -> fields.add(p + "applies-to", kind.name()));
		fields.add(p + "under-age", step.underAge() == null ? "" : step.underAge().toString());
		fields.add(p + "completed-by", step.completedBy() == null ? "" : step.completedBy().name());
		fields.add(p + "source", step.source());
		for (int j = 0; j < step.escalations().size(); j++) {
			EscalationLevel level = step.escalations().get(j);
			fields.add(p + "level-" + j + "-role", level.notified().name());
			fields.add(p + "level-" + j + "-minutes", String.valueOf(level.after().toMinutes()));
			fields.add(p + "level-" + j + "-seconds", String.valueOf(level.after().toSecondsPart()));
		}
	}

	private String openIncident() throws Exception {
		String body = mvc.perform(post("/api/v1/incidents").with(officer).contentType(MediaType.APPLICATION_JSON)
			.content(ProtocolFixtures.foundChild("Ola Older", 7, "green raincoat, red boots", "Ferry terminal")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}
}
