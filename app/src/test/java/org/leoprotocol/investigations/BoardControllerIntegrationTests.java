package org.leoprotocol.investigations;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class BoardControllerIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;

	@Test
	void commandSeatsABoardMemberFromTheBoardPage() throws Exception {
		mvc.perform(
				post("/staff/board/members").with(as(staff, Role.COMMAND)).with(csrf()).param("username", "board.page")
					.param("displayName", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A board member needs a user name and a display name")));
		mvc.perform(
				post("/staff/board/members").with(as(staff, Role.COMMAND)).with(csrf()).param("username", "board.page")
					.param("displayName", "Paige Member"))
			.andExpect(redirectedUrl("/staff/board"));
		mvc.perform(get("/staff/board").with(as(staff, Role.REVIEW_BOARD))).andExpect(status().isOk())
			.andExpect(content().string(containsString("<li>board.page</li>")))
			.andExpect(content().string(containsString("quorum of 3 seated members")))
			.andExpect(content().string(not(containsString("seat-form"))));
		mvc.perform(get("/staff/board").with(as(staff, Role.REVIEW_BOARD))
			.cookie(new jakarta.servlet.http.Cookie("LEO_LANG", "es")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("quórum de 3 miembros")));
		mvc.perform(post("/staff/board/members").with(as(staff, Role.REVIEW_BOARD)).with(csrf()).param("username", "x")
			.param("displayName", "X"))
			.andExpect(status().isForbidden());
	}
}
