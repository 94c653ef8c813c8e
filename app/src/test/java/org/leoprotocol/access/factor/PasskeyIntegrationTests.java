package org.leoprotocol.access.factor;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What surrounds Spring Security's passkey endpoints in Leo: a password alone (a session that still owes its second
 * factor) may add a passkey only to an account that has no factor yet, never beside one it has; Spring's DELETE
 * endpoint is closed and credentials sent per request add no passkey; an owner removes a passkey on her own page,
 * audited, but not her only factor while one is required; an administrator's reset removes them all.
 */
@LeoIntegrationTest
class PasskeyIntegrationTests {

	private static final String PASSWORD = "a-password-for-tests";

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	SecondFactors factors;
	@Autowired
	SecondFactorSettings settings;
	@Autowired
	Passkeys passkeys;
	@Autowired
	Clock clock;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void asTheRestOfTheSuiteExpects() {
		settings.require(false);
	}

	@Test
	void aPasswordAloneAddsAPasskeyOnlyToAnAccountWithoutASecondFactor() throws Exception {
		account("passkey.newcomer");
		account("passkey.app-user");
		String secret = factors.newSecret();
		assertThat(factors.enrol("passkey.app-user", secret,
				OneTimePasswords.AUTHENTICATOR_APPS.at(Base32.decode(secret), clock.instant())))
			.isPresent();
		settings.require(true);

		Cookie newcomer = passwordGiven("passkey.newcomer");
		mvc.perform(post("/webauthn/register/options").cookie(newcomer).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"challenge\"")));
		Cookie appUser = passwordGiven("passkey.app-user");
		mvc.perform(post("/webauthn/register/options").cookie(appUser).with(csrf()))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/webauthn/register").cookie(appUser).with(csrf())).andExpect(status().isUnauthorized());
		mvc.perform(get("/staff/passkeys").cookie(appUser)).andExpect(redirectedUrl("/login/second-factor"));
		mvc.perform(post("/webauthn/register/options").with(passwordOnly("passkey.app-user")).with(csrf()))
			.andExpect(status().isOk());
	}

	/** Signs in with the password form; the session (its cookie) then owes the second factor. */
	private Cookie passwordGiven(String username) throws Exception {
		MvcResult result = mvc
			.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		return Arrays.stream(result.getResponse().getCookies()).filter(cookie -> cookie.getName().equals("LEO_SESSION"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void springsRemovalEndpointIsClosedAndProgramsAddNoPasskeys() throws Exception {
		account("passkey.program");
		String id = passkey("passkey.program", "desk key");

		mvc.perform(delete("/webauthn/register/" + id).with(passwordOnly("passkey.program")).with(csrf()))
			.andExpect(status().isMethodNotAllowed());
		mvc.perform(post("/webauthn/register/options").with(httpBasic("passkey.program", PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(passkeys.any("passkey.program")).isTrue();
	}

	@Test
	void anOfficerRemovesAPasskeyButNotHerOnlyFactorWhileOneIsRequired() throws Exception {
		account("passkey.owner");
		String oldPhone = passkey("passkey.owner", "old phone");
		String laptop = passkey("passkey.owner", "laptop");
		settings.require(true);

		mvc.perform(get("/staff/passkeys").with(httpBasic("passkey.owner", PASSWORD)))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("old phone")));
		mvc.perform(
				post("/staff/passkeys/" + oldPhone + "/remove").with(httpBasic("passkey.owner", PASSWORD)).with(csrf()))
			.andExpect(redirectedUrl("/staff/passkeys?removed=true"));
		mvc.perform(
				post("/staff/passkeys/" + laptop + "/remove").with(httpBasic("passkey.owner", PASSWORD)).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/staff/passkeys/" + laptop + "/remove").with(as(staff, Role.ADMIN)).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(passkeys.of("passkey.owner")).extracting(Passkey::label).containsExactly("laptop");
		assertThat(jdbc.sql(
				"select actor || ': ' || detail from audit_event where record_id = 'passkey.owner' and detail like 'audit.detail.passkey.removed%'")
			.query(String.class).list()).containsExactly("passkey.owner: audit.detail.passkey.removed|old phone");
	}

	@Test
	void anAdministratorsResetRemovesEveryPasskey() throws Exception {
		account("passkey.reset");
		passkey("passkey.reset", "lost key");

		mvc.perform(post("/staff/accounts/passkey.reset/second-factor").with(as(staff, Role.ADMIN)).with(csrf())
			.param("reason", "security key lost, ticket 5121")).andExpect(status().is3xxRedirection());

		assertThat(passkeys.any("passkey.reset")).isFalse();
		assertThat(factors.enrolled("passkey.reset")).isFalse();
	}

	private void account(String username) {
		staff.ensureAccount(new NewStaffAccount(username, username, null, Set.of(Role.OFFICER), PASSWORD));
	}

	/** A staff member who has given her password in this session (and perhaps owes her second factor). */
	private static RequestPostProcessor passwordOnly(String username) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList("ROLE_OFFICER")));
	}

	/** Stores a passkey as Spring Security's repository would (its key is never checked here); returns its id. */
	private String passkey(String username, String label) {
		String user = base64url(username + "-handle");
		jdbc.sql("insert into user_entities (id, name, display_name) values (:id, :name, :name) on conflict do nothing")
			.param("id", user).param("name", username).update();
		String id = base64url(username + "-" + label);
		jdbc.sql(
				"""
						insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count, uv_initialized,
						  backup_eligible, authenticator_transports, public_key_credential_type, backup_state, created, last_used, label)
						values (:id, :user, :key, 0, true, false, 'internal', 'public-key', false, now(), now(), :label)
						""")
			.param("id", id).param("user", user).param("key", new byte[] { 1, 2, 3 }).param("label", label).update();
		return id;
	}

	private static String base64url(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}
}
