package org.leoprotocol.conflicts;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page where staff declare a personal relation answers a refused declaration on the form itself, with the status of
 * the refusal's kind and its sentence in the reader's language, and keeps what was typed.
 */
@LeoIntegrationTest
class RelationsPageIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;

	@Test
	void aDeclarationNamingNoOneIsRefusedOnTheFormInTheReadersLanguage() throws Exception {
		mvc.perform(post("/staff/conflicts").header("Accept-Language", "es").with(as(staff, Role.SUPERVISOR))
			.with(csrf()).param("badgeNumber", " ").param("personName", "").param("relation", "cuñado"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(
					"id=\"relations-problem\">Indique el agente por su número de placa, o la persona por su nombre</p>")))
			.andExpect(content().string(containsString("value=\"cuñado\"")))
			.andExpect(content().string(not(containsString("Name the officer by badge number"))));
	}

	@Test
	void aDeclarationIsNoticedInTheReadersLanguage() throws Exception {
		mvc.perform(post("/staff/conflicts").header("Accept-Language", "es").with(as(staff, Role.SUPERVISOR))
			.with(csrf()).param("personName", "Persona Declarada").param("relation", "vecino"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", containsString("La relación")));
	}
}
