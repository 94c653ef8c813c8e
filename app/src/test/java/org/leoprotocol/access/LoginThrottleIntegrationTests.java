package org.leoprotocol.access;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class LoginThrottleIntegrationTests {

	static final String PASSWORD = "the-real-users-password";
	static final String ATTACKER = "203.0.113.9";
	static final String STATION = "198.51.100.7";

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.resetToSystemTime();
	}

	@Test
	void anAnonymousGuesserLocksOutOnlyItselfAndTheLockIsAudited() throws Exception {
		clock.resetToSystemTime();
		String user = account("throttle-victim");
		for (int attempt = 1; attempt <= 8; attempt++) {
			mvc.perform(get("/api/v1/officers").with(httpBasic(user, "guess-" + attempt)).with(from(ATTACKER)))
				.andExpect(status().isUnauthorized());
			clock.advance(Duration.ofSeconds(9));
		}

		mvc.perform(post("/login").param("username", user).param("password", PASSWORD).with(csrf()).with(from(STATION)))
			.andExpect(redirectedUrl("/staff"));
		mvc.perform(get("/api/v1/officers").with(httpBasic(user, PASSWORD)).with(from(ATTACKER)))
			.andExpect(status().isUnauthorized());

		List<String> details = loginAudit(user);
		assertThat(details).anyMatch(
				line -> line.startsWith("FAILURE " + ATTACKER + " audit.detail.login.locked|"));
		assertThat(details)
			.anyMatch(line -> line.startsWith("FAILURE " + ATTACKER + " audit.detail.login.refused|LockedException"));
		assertThat(details).contains("SUCCESS " + STATION + " -");
	}

	@Test
	void delaysGrowWithEveryFailureAndAttemptsDuringADelayAreNotEvenChecked() throws Exception {
		clock.resetToSystemTime();
		String user = account("throttle-delays");
		mvc.perform(get("/api/v1/officers").with(httpBasic(user, "guess-1")).with(from(ATTACKER)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/officers").with(httpBasic(user, "guess-2")).with(from(ATTACKER)))
			.andExpect(status().isUnauthorized());

		mvc.perform(get("/api/v1/officers").with(httpBasic(user, PASSWORD)).with(from(ATTACKER)))
			.andExpect(status().isUnauthorized());
		clock.advance(Duration.ofMillis(1100));
		mvc.perform(get("/api/v1/officers").with(httpBasic(user, PASSWORD)).with(from(ATTACKER)))
			.andExpect(status().isOk());

		assertThat(loginAudit(user)).containsExactly(
				"FAILURE " + ATTACKER + " audit.detail.login.bad-credentials|1",
				"FAILURE " + ATTACKER + " audit.detail.login.bad-credentials|2",
				"FAILURE " + ATTACKER + " audit.detail.login.refused|LockedException", "SUCCESS " + ATTACKER + " -");
	}

	@Test
	void anAdministratorsReleaseClearsEveryAddressLock() throws Exception {
		clock.resetToSystemTime();
		String user = account("throttle-released");
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(get("/api/v1/officers").with(httpBasic(user, "guess-" + attempt)).with(from(ATTACKER)));
			clock.advance(Duration.ofSeconds(9));
		}
		assertThat(locked(user)).isTrue();

		staff.unlock(user);

		assertThat(locked(user)).isFalse();
		mvc.perform(get("/api/v1/officers").with(httpBasic(user, PASSWORD)).with(from(ATTACKER)))
			.andExpect(status().isOk());
	}

	private boolean locked(String user) {
		return staff.accounts().stream().filter(account -> account.username().equals(user)).findFirst().orElseThrow()
			.locked();
	}

	private List<String> loginAudit(String user) {
		return jdbc.sql("""
				select outcome || ' ' || coalesce(source_address, '?') || ' ' || coalesce(detail, '-') from audit_event
				where actor = :user and action = 'LOGIN' order by position
				""").param("user", user).query(String.class).list();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String account(String username) {
		staff.ensureAccount(new NewStaffAccount(username, username, null, Set.of(Role.OFFICER), PASSWORD));
		return username;
	}
}
