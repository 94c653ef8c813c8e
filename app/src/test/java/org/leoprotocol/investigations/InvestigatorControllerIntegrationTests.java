package org.leoprotocol.investigations;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
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
class InvestigatorControllerIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	Investigators investigators;

	@Test
	void commandRegistersAnInvestigatorWhoDeclaresARelationThatBarsThemFromTheOfficersCases() throws Exception {
		roster.establishUnit("IP-HQ", "Investigator pages headquarters", null);
		var brother = roster.enlist(new NewOfficer("77101", "Brian", "Relative", "Police Officer", "IP-HQ",
				LocalDate.of(2012, 1, 1), null));

		mvc.perform(post("/staff/investigators").with(as(staff, Role.COMMAND)).with(csrf())
			.param("username", "test-investigator").param("displayName", "Ines Vega")
			.param("badgeNumber", "no-such-badge"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("No officer with badge number no-such-badge")))
			.andExpect(content().string(containsString("value=\"Ines Vega\"")));
		mvc.perform(post("/staff/investigators").with(as(staff, Role.COMMAND)).with(csrf())
			.param("username", "test-investigator").param("displayName", "Ines Vega").param("badgeNumber", ""))
			.andExpect(redirectedUrl("/staff/investigators"));

		mvc.perform(
				post("/staff/investigators/test-investigator/relations").with(as(staff, Role.INVESTIGATOR)).with(csrf())
					.param("badgeNumber", "77101").param("relation", "brother-in-law"))
			.andExpect(redirectedUrl("/staff/investigators"));
		mvc.perform(get("/staff/investigators").with(as(staff, Role.INVESTIGATOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString("brother-in-law of Brian Relative (badge 77101)")))
			.andExpect(content().string(not(containsString("register-form"))));

		assertThat(investigators.conflicts(investigators.get("test-investigator"), java.util.List.of(brother)))
			.singleElement().asString().contains("brother-in-law");
	}

	@Test
	void anInvestigatorCannotRegisterColleaguesOrDeclareRelationsForThem() throws Exception {
		investigators.register("someone-else", "Someone Else", null);
		mvc.perform(post("/staff/investigators").with(as(staff, Role.INVESTIGATOR)).with(csrf())
			.param("username", "x").param("displayName", "X"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staff/investigators/someone-else/relations").with(as(staff, Role.INVESTIGATOR)).with(csrf())
			.param("badgeNumber", "77101").param("relation", "rival"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("id=\"investigators-problem\"")))
			.andExpect(content().string(containsString("value=\"rival\"")))
			.andExpect(content().string(containsString("Only the investigator or command")));
		mvc.perform(post("/staff/investigators/someone-else/relations").header("Accept-Language", "es")
			.with(as(staff, Role.INVESTIGATOR)).with(csrf())
			.param("badgeNumber", "77101").param("relation", "rival"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Solo el propio investigador o el mando")));
		mvc.perform(post("/api/v1/investigators/someone-else/relations").with(as(staff, Role.INVESTIGATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"badgeNumber\":\"77101\",\"relation\":\"rival\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staff/investigators/someone-else/relations").with(as(staff, Role.COMMAND)).with(csrf())
			.param("badgeNumber", "77101").param("relation", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Name the relation")));
	}

	@Test
	void officersAndTheBoardDoNotSeeTheList() throws Exception {
		mvc.perform(get("/staff/investigators").with(as(staff, Role.OFFICER))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/investigators").with(as(staff, Role.REVIEW_BOARD))).andExpect(status().isForbidden());
	}
}
