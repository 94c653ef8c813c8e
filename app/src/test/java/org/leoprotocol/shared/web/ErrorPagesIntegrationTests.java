package org.leoprotocol.shared.web;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class ErrorPagesIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;

	@Test
	void aMalformedAddressIsABadRequestPageNotAServerError() throws Exception {
		mvc.perform(get("/staff/personnel/not-an-id").accept(MediaType.TEXT_HTML).with(as(staff, Role.OFFICER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("'not-an-id' in this address is not a valid id.")))
			.andExpect(content().string(containsString("<nav")));
	}

	@Test
	void apiClientsGetProblemDetailsWithoutInternals() throws Exception {
		mvc.perform(get("/api/v1/officers/not-an-id").with(as(staff, Role.OFFICER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(content().string(not(containsString("Exception"))));
	}
}
