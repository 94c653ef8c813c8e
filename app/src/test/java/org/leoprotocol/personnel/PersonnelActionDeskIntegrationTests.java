package org.leoprotocol.personnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class PersonnelActionDeskIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;

	OfficerId officer;

	@BeforeEach
	void officer() {
		clock.set(Instant.parse("2035-03-01T12:00:00Z"));
		roster.establishUnit("PA-SQUAD", "Personnel action squad", null);
		officer = roster.enlist(
				new NewOfficer("PA" + UUID.randomUUID().toString().substring(0, 8), "Acted", "Upon", "Police Officer",
						"PA-SQUAD", LocalDate.of(2014, 1, 1), null));
	}

	@Test
	void leaveWithWeaponAndBadgeSurrenderedIsRecordedWithItsAuthorityAndReinstatementReturnsToActiveDuty()
			throws Exception {
		action("ADMINISTRATIVE_LEAVE", "2035-03-01T10:00:00Z").andExpect(status().isOk())
			.andExpect(jsonPath("$.officer.status").value("ADMINISTRATIVE_LEAVE"))
			.andExpect(jsonPath("$.history[0].caseReference").value("IA-2035-0007"))
			.andExpect(jsonPath("$.history[0].reason").value("pending the investigation"))
			.andExpect(jsonPath("$.history[0].authorisedBy").value("Chief of Police"));
		action("WEAPON_SURRENDERED", "2035-03-01T10:05:00Z").andExpect(status().isOk());
		action("BADGE_SURRENDERED", "2035-03-01T10:06:00Z").andExpect(status().isOk())
			.andExpect(jsonPath("$.actions[0].kind").value("BADGE_SURRENDERED"))
			.andExpect(jsonPath("$.actions[0].authorisedBy").value("Chief of Police"));
		action("WEAPON_RETURNED", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("personnel.unavailable.ADMINISTRATIVE_LEAVE"));

		action("REINSTATEMENT", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.officer.status").value("ACTIVE"));
		action("WEAPON_RETURNED", null).andExpect(status().isOk());

		mvc.perform(get("/staff/personnel/{id}", officer).with(as(staff, Role.COMMAND)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Service weapon surrendered")))
			.andExpect(content().string(containsString("Badge surrendered")))
			.andExpect(content().string(containsString("<th scope=\"col\">Authorised by</th>")))
			.andExpect(content().string(not(containsString("(authorised by"))));
	}

	@Test
	void aSpanishReaderReadsTheHistorysStatusesActionsAndAuthorityInSpanish() throws Exception {
		action("ADMINISTRATIVE_LEAVE", "2035-03-01T10:00:00Z").andExpect(status().isOk());
		action("WEAPON_SURRENDERED", "2035-03-01T10:05:00Z").andExpect(status().isOk());

		mvc.perform(get("/staff/personnel/{id}", officer).header("Accept-Language", "es")
			.with(as(staff, Role.COMMAND)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td></td><td>Arma reglamentaria entregada</td>"
					+ "<td data-user-text>pending the investigation</td>")))
			.andExpect(content().string(containsString("<td>En activo</td><td>Licencia administrativa</td>"
					+ "<td data-user-text>pending the investigation</td>")))
			.andExpect(content().string(containsString("<th scope=\"col\">Autorizado por</th>")))
			.andExpect(content().string(containsString("<td data-user-text class=\"authority\">Chief of Police</td>")))
			.andExpect(content().string(not(containsString("authorised by"))))
			.andExpect(content().string(not(containsString("Administrative leave"))));
	}

	@Test
	void aRecordedActionIsNoticedInTheReadersLanguageAndAnUnknownOneIsRefused() throws Exception {
		mvc.perform(post("/staff/personnel/{id}/actions", officer).header("Accept-Language", "es")
			.with(as(staff, Role.COMMAND)).with(csrf())
			.param("action", "BADGE_SURRENDERED").param("authorisedBy", "Jefa de Policía")
			.param("reference", "IA-2035-0008").param("reason", "pendiente de la investigación"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "Registrado: Placa entregada."));
		mvc.perform(post("/staff/personnel/{id}/actions", officer).header("Accept-Language", "es")
			.with(as(staff, Role.COMMAND)).with(csrf())
			.param("action", "ON_A_BOAT").param("authorisedBy", "Jefa de Policía")
			.param("reference", "IA-2035-0008").param("reason", "pendiente"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Indique qué medida")));
	}

	@Test
	void anActionWithoutAuthorityIsRefusedAndARecordedOneCannotBeChanged() throws Exception {
		mvc.perform(post("/api/v1/officers/{id}/actions", officer).with(as(staff, Role.COMMAND))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"WEAPON_SURRENDERED\",\"reference\":\"IA-1\",\"reason\":\"pending review\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("who authorised it")));
		action("WEAPON_SURRENDERED", null).andExpect(status().isOk());

		assertThatThrownBy(
				() -> jdbc.sql("update personnel_action set reason = 'nothing happened' where officer_id = :id")
					.param("id", officer.value()).update())
			.rootCause().hasMessageContaining("append-only");
	}

	@Test
	void anOfficerMayNotRecordPersonnelActions() throws Exception {
		mvc.perform(post("/api/v1/officers/{id}/actions", officer).with(as(staff, Role.OFFICER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("WEAPON_SURRENDERED", null))).andExpect(status().isForbidden());
	}

	private ResultActions action(String kind, String at) throws Exception {
		return mvc.perform(post("/api/v1/officers/{id}/actions", officer).with(as(staff, Role.COMMAND))
			.contentType(MediaType.APPLICATION_JSON).content(body(kind, at)));
	}

	private static String body(String kind, String at) {
		return """
				{"action":"%s","authorisedBy":"Chief of Police","reference":"IA-2035-0007","reason":"pending the investigation"%s}
				"""
			.formatted(kind, at == null ? "" : ",\"takenAt\":\"" + at + "\"");
	}
}
