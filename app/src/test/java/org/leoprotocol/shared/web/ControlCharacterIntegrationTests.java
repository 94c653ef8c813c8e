package org.leoprotocol.shared.web;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class ControlCharacterIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aNulInAJsonStringIsRefusedWithTheFieldNamedNotA500() throws Exception {
		mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", "control-character-test-0001")
			.content("{\"narrative\":\"he said \\u0000 nothing\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("narrative"))
			.andExpect(jsonPath("$.messageKey").value("input.controlCharacter"))
			.andExpect(jsonPath("$.detail").value(containsString("'narrative'")));
	}

	@Test
	void aNulInAPublicFormFieldIsRefusedOnTheErrorPageInTheVisitorsLanguage() throws Exception {
		mvc.perform(
				post("/public/complaints").param("narrative", "a\u0000b").with(csrf()).header("Accept-Language", "es"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("contiene un carácter de control (como NUL)")));
	}

	@Test
	void anEscapeCharacterInAQueryParameterOfTheApiIsRefused() throws Exception {
		mvc.perform(get("/api/v1/public/engagement/events").param("from", "\u001b[31m"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("from"));
	}

	@Test
	void tabsAndLineBreaksInTextAreasStillPass() throws Exception {
		mvc.perform(get("/public/complaints/new").param("unused", "line one\r\n\tline two"))
			.andExpect(status().isOk());
	}
}
