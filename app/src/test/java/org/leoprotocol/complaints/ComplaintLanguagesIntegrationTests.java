package org.leoprotocol.complaints;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The complaint form, its problems and the status lookup in Spanish, on the page and over the API. */
@LeoIntegrationTest
class ComplaintLanguagesIntegrationTests {

	private static final Cookie SPANISH = new Cookie("LEO_LANG", "es");
	private static final RequestPostProcessor CLIENT = request -> {
		request.setRemoteAddr("10.30.0.7");
		return request;
	};

	@Autowired
	MockMvc mvc;

	@Test
	void theFormAndItsProblemsAreInSpanish() throws Exception {
		mvc.perform(get("/public/complaints/new").param("lang", "es")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Presentar una queja</h1>"),
					containsString("¿Qué ocurrió?"),
					containsString("placeholder=\"p. ej., madre o padre\""), not(containsString("What happened?")))));
		mvc.perform(post("/public/complaints").with(CLIENT).with(csrf()).cookie(SPANISH)
			.param("formToken", UUID.randomUUID().toString()).param("kind", "COMPLAINT").param("narrative", "")
			.param("email", "nope"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(
					content().string(allOf(containsString("Revise 3 campos"), containsString("Cuéntenos qué ocurrió."),
							containsString("Esto no parece una dirección de correo electrónico"),
							not(containsString("Tell us what happened")))));
	}

	@Test
	void theApiSpeaksTheLanguageOfAcceptLanguage() throws Exception {
		mvc.perform(post("/api/v1/public/complaints").with(CLIENT).header("Accept-Language", "es")
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"COMPLAINT\",\"narrative\":\" \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.fields.narrative").value("Cuéntenos qué ocurrió."));
	}

	@Test
	void anUnknownCodeIsRefusedInSpanish() throws Exception {
		mvc.perform(post("/public/complaints/status").with(CLIENT).with(csrf()).cookie(SPANISH)
			.param("trackingCode", "NO-SUCH-CODE").param("accessKey", "no-such-key"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("<h1>Seguir un caso</h1>"),
					containsString("Ningún caso coincide con este código de seguimiento"),
					containsString("Código de seguimiento"))));
	}
}
