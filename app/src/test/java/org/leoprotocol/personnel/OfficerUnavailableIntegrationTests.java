package org.leoprotocol.personnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A terminated officer, like badge 734 after the board's vote in scenario 000, is refused every kind of duty: made
 * responsible for or dispatched to an incident, assigned a case, seated on the board, given a new account.
 */
@LeoIntegrationTest
class OfficerUnavailableIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Investigators investigators;
	@Autowired
	MutableClock clock;

	String terminated;

	@BeforeEach
	void terminatedOfficer() {
		clock.set(Instant.parse("2033-06-13T14:00:00Z"));
		roster.establishUnit("OU-SQUAD", "Unavailability test squad", null);
		terminated = enlist();
		roster.changeStatus(roster.findByBadge(terminated).orElseThrow().id(), OfficerStatus.TERMINATED,
				"terminated by the review board", "IA-734", Actor.staff("test"));
	}

	@Test
	void aTerminatedOfficerCannotBeMadeResponsibleForAFoundChild() throws Exception {
		mvc.perform(post("/api/v1/incidents").with(as(staff, Role.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
			.content(foundChild(",\"responsibleOfficerBadge\":\"" + terminated + "\"")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("personnel.unavailable.TERMINATED"))
			.andExpect(jsonPath("$.detail").value(containsString(terminated)));
	}

	@Test
	void aTerminatedOfficerCannotBeDispatched() throws Exception {
		String body = mvc
			.perform(post("/api/v1/incidents").with(as(staff, Role.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
				.content(foundChild("")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String incident = JsonPath.read(body, "$.id");

		mvc.perform(post("/api/v1/incidents/{id}/dispatch", incident).with(as(staff, Role.SUPERVISOR))
			.contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "es")
			.content("{\"type\":\"ASSIGNED\",\"officerBadge\":\"" + terminated + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("El agente " + terminated + " fue despedido y no puede recibir servicio."));
	}

	@Test
	void aTerminatedOfficerCannotBeAssignedACase() throws Exception {
		String investigator = "ou-investigator-" + UUID.randomUUID().toString().substring(0, 8);
		investigators.register(investigator, "Former investigator", terminated);
		String body = mvc.perform(post("/api/v1/investigations").with(as(staff, Role.INVESTIGATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"caseType":"INTERNAL","complaintId":null,"summary":"Test case","allegations":[
					 {"badgeNumber":"%s","category":"NEGLECT_OF_DUTY","description":"As alleged."}]}
					""".formatted(enlist()))).andReturn().getResponse().getContentAsString();
		String investigation = JsonPath.read(body, "$.investigation.id");

		mvc.perform(post("/api/v1/investigations/{id}/assignment", investigation).with(as(staff, Role.COMMAND))
			.contentType(MediaType.APPLICATION_JSON).content("{\"investigator\":\"" + investigator + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("personnel.unavailable.TERMINATED"));
	}

	@Test
	void aTerminatedOfficerCannotBeSeatedOnTheBoard() throws Exception {
		seat(terminated).andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("personnel.unavailable.TERMINATED"));
		seat(enlist()).andExpect(status().isOk());
		mvc.perform(post("/staff/board/members").with(as(staff, Role.COMMAND)).with(csrf())
			.header("Accept-Language", "es")
			.param("username", "ou-board-page").param("displayName", "Board member").param("badgeNumber", terminated))
			.andExpect(status().isConflict())
			.andExpect(content()
				.string(containsString("El agente " + terminated + " fue despedido y no puede recibir servicio.")));
	}

	@Test
	void aTerminatedOfficerIsGivenNoNewAccountAndThePageSaysWhyInTheAdministratorsLanguage() throws Exception {
		mvc.perform(post("/staff/accounts").with(as(staff, Role.ADMIN)).with(csrf()).header("Accept-Language", "es")
			.param("username", "ou-" + UUID.randomUUID().toString().substring(0, 8))
			.param("displayName", "Former officer")
			.param("badgeNumber", terminated).param("roles", "OFFICER"))
			.andExpect(status().isConflict())
			.andExpect(content()
				.string(containsString("El agente " + terminated + " fue despedido y no puede recibir servicio.")));
	}

	private ResultActions seat(String badge) throws Exception {
		return mvc
			.perform(post("/api/v1/board/members").with(as(staff, Role.COMMAND)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"ou-board-" + badge.toLowerCase(Locale.ROOT)
						+ "\",\"displayName\":\"Board member\",\"badgeNumber\":\"" + badge + "\"}"));
	}

	private static String foundChild(String more) {
		return """
				{"kind":"FOUND_CHILD","location":"Fountain","person":{"name":"Test Child","age":5,"description":"red coat",
				 "condition":"DISTRESSED","riskFactors":["OUT_OF_ZONE_OF_SAFETY"]}%s}
				"""
			.formatted(more);
	}

	private String enlist() {
		String badge = "OU" + UUID.randomUUID().toString().substring(0, 8);
		roster.enlist(new NewOfficer(badge, "Unavailable", "Tester", "Police Officer", "OU-SQUAD",
				LocalDate.of(2011, 1, 1), null));
		return badge;
	}
}
