package org.leoprotocol.access;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class LoginIntegrationTests {

	static final String PASSWORD = "correct-horse-battery";

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;

	@Test
	void fiveWrongPasswordsLockTheAddressOutForTenMinutesAndEveryAttemptIsAudited() throws Exception {
		clock.resetToSystemTime();
		String user = account("lockout-subject");

		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(get("/api/v1/officers").with(httpBasic(user, "wrong-password-" + attempt)))
				.andExpect(status().isUnauthorized());
			clock.advance(Duration.ofSeconds(10));
		}
		mvc.perform(get("/api/v1/officers").with(httpBasic(user, PASSWORD))).andExpect(status().isUnauthorized());

		List<String> details = jdbc.sql("""
				select outcome || ' ' || coalesce(source_address, '?') || ' ' || detail from audit_event
				where actor = :user and action = 'LOGIN' order by position
				""").param("user", user).query(String.class).list();
		assertThat(details).hasSize(6).allMatch(line -> line.startsWith("FAILURE 127.0.0.1"));
		assertThat(details.get(4)).contains("audit.detail.login.locked|");
		assertThat(details.get(5)).contains("audit.detail.login.refused|LockedException");

		clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		mvc.perform(get("/api/v1/officers").with(httpBasic(user, PASSWORD))).andExpect(status().isOk());
		clock.resetToSystemTime();
	}

	@Test
	void aSuccessfulLoginResetsTheCount() throws Exception {
		clock.resetToSystemTime();
		String user = account("reset-subject");
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(get("/api/v1/officers").with(httpBasic(user, "wrong"))).andExpect(status().isUnauthorized());
			clock.advance(Duration.ofSeconds(10));
		}
		mvc.perform(get("/api/v1/officers").with(httpBasic(user, PASSWORD))).andExpect(status().isOk());
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(get("/api/v1/officers").with(httpBasic(user, "wrong"))).andExpect(status().isUnauthorized());
			clock.advance(Duration.ofSeconds(10));
		}
		mvc.perform(get("/api/v1/officers").with(httpBasic(user, PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void theLoginFormSignsInAndOutAndBothAreAudited() throws Exception {
		String user = account("form-subject");

		mvc.perform(formLogin("/login").user(user).password(PASSWORD)).andExpect(redirectedUrl("/staff"));
		mvc.perform(formLogin("/login").user(user).password("nope")).andExpect(redirectedUrl("/login?error"));

		assertThat(jdbc.sql("select outcome from audit_event where actor = :u and action = 'LOGIN' order by position")
			.param("u", user).query(String.class).list()).containsExactly("SUCCESS", "FAILURE");
	}

	@Test
	void aSignedInSessionIsKeptInTheDatabaseAndEndsAfterThirtyIdleMinutes() throws Exception {
		String user = account("session-subject");

		mvc.perform(formLogin("/login").user(user).password(PASSWORD)).andExpect(redirectedUrl("/staff"));

		assertThat(
				jdbc.sql("select max_inactive_interval from spring_session where principal_name = :u").param("u", user)
					.query(Integer.class).list())
			.containsExactly(30 * 60);
	}

	@Test
	void aUnknownUserNameIsAuditedLikeAWrongPassword() throws Exception {
		mvc.perform(formLogin("/login").user("nobody-by-this-name").password("whatever-it-is"))
			.andExpect(redirectedUrl("/login?error"));

		assertThat(
				jdbc.sql("select count(*) from audit_event where actor = 'nobody-by-this-name' and outcome = 'FAILURE'")
					.query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
		String user = account("csrf-subject");
		mvc.perform(post("/login").param("username", user).param("password", PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", user).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/staff"));
	}

	@Test
	void anonymousVisitorsReachOnlyPublicPages() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk());
		mvc.perform(get("/login")).andExpect(status().isOk());
		mvc.perform(get("/staff/personnel").accept("text/html")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/staff/personnel").header("HX-Request", "true")).andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login?expired"));
		mvc.perform(get("/api/v1/officers")).andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"));
		mvc.perform(get("/staff/audit").accept("text/html")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void everyResponseCarriesAStrictContentSecurityPolicy() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("default-src 'self'"),
					org.hamcrest.Matchers.containsString("script-src 'self'"),
					org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe")))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void passwordsAreStoredAsArgon2idHashes() {
		String user = account("hash-subject");
		String hash = jdbc
			.sql("""
					select c.secret from staff_credential c join staff_account a on a.id = c.account_id where a.username = :u
					""")
			.param("u", user).query(String.class).single();
		assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
	}

	private String account(String username) {
		staff.ensureAccount(new NewStaffAccount(username, username, null, Set.of(Role.OFFICER), PASSWORD));
		return username;
	}
}
