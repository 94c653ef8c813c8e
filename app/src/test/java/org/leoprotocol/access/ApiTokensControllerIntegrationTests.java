package org.leoprotocol.access;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.token.ApiToken;
import org.leoprotocol.access.token.ApiTokenDesk;
import org.leoprotocol.access.token.NewToken;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class ApiTokensControllerIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	ApiTokenDesk tokens;

	@Test
	void aStaffMemberIssuesATokenForThemselvesAndSeesItsSecretOnlyOnce() throws Exception {
		String officer = StaffAccountsForTests.ensure(staff, Role.OFFICER);
		String page = mvc.perform(post("/staff/tokens").param("name", "my-script").param("scopes", "incidents:read")
			.param("days", "30").param("account", "test-admin").with(user(officer).roles("OFFICER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("shows it this once")))
			.andReturn().getResponse().getContentAsString();
		String secret = page.replaceAll("(?s).*<code id=\"token-secret\">([^<]+)</code>.*", "$1");

		ApiToken issued = tokens.presented(secret).orElseThrow();
		assertThat(issued.username()).isEqualTo(officer);
		assertThat(issued.service()).isFalse();
		mvc.perform(get("/staff/tokens").with(user(officer).roles("OFFICER")))
			.andExpect(content().string(containsString("my-script")))
			.andExpect(content().string(not(containsString(secret))));
	}

	@Test
	void anAdministratorIssuesATokenForAServiceAccountAndTheFormSpeaksSpanish() throws Exception {
		String service = StaffAccountsForTests.ensure(staff, Role.SUPERVISOR);
		mvc.perform(
				post("/staff/tokens").param("name", "cad-bridge").param("scopes", "protocol:write").param("days", "90")
					.param("account", service).with(user("test-admin").roles("ADMIN")).with(csrf())
					.header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Leo guarda solo su hash")));

		assertThat(tokens.of(service)).anySatisfy(token -> {
			assertThat(token.service()).isTrue();
			assertThat(token.scopes()).containsExactly("protocol:write");
		});
	}

	@Test
	void aBadFormIsExplainedAndNothingIsIssued() throws Exception {
		String officer = StaffAccountsForTests.ensure(staff, Role.OFFICER);
		int before = tokens.of(officer).size();
		mvc.perform(post("/staff/tokens").param("name", "no-scope").param("days", "30")
			.with(user(officer).roles("OFFICER")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose at least one scope")));
		assertThat(tokens.of(officer)).hasSize(before);
	}

	@Test
	void onlyTheHolderOrAnAdministratorRevokes() throws Exception {
		String officer = StaffAccountsForTests.ensure(staff, Role.OFFICER);
		UUID id = tokens
			.issue(new NewToken("to-revoke", officer, false, java.util.Set.of("officers:read"), 5),
					Actor.staff(officer))
			.token().id();

		mvc.perform(post("/staff/tokens/" + id + "/revoke").with(user("someone-else").roles("OFFICER")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(tokens.find(id).orElseThrow().revokedAt()).isNull();
		mvc.perform(post("/staff/tokens/" + id + "/revoke").with(user(officer).roles("OFFICER")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(tokens.find(id).orElseThrow().revokedAt()).isNotNull();
	}
}
