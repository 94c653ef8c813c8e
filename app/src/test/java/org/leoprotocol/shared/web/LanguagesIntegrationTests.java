package org.leoprotocol.shared.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

@LeoIntegrationTest
class LanguagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theBrowsersLanguageChoosesSpanish() throws Exception {
		mvc.perform(get("/").header("Accept-Language", "es-MX,es;q=0.9"))
			.andExpect(content().string(containsString("<html lang=\"es\">")))
			.andExpect(content().string(containsString("Rendición de cuentas")));
	}

	@Test
	void theSwitchIsRememberedAndAnUnknownLanguageFallsBackToEnglish() throws Exception {
		mvc.perform(get("/login").param("lang", "es"))
			.andExpect(cookie().value("LEO_LANG", "es"))
			.andExpect(content().string(containsString("Sistema restringido")));
		mvc.perform(get("/").cookie(new Cookie("LEO_LANG", "es")))
			.andExpect(content().string(containsString("El Protocolo Leo")));
		mvc.perform(get("/").header("Accept-Language", "fr-FR"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Accountability")));
	}
}
