package org.leoprotocol.access;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.access.token.ApiTokenDesk;
import org.leoprotocol.access.token.IssuedToken;
import org.leoprotocol.access.token.NewToken;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class ApiTokenIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	ApiTokenDesk tokens;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.resetToSystemTime();
	}

	@Test
	void aTokenActsAsItsAccountWithinItsScopesAndEveryUseIsAudited() throws Exception {
		clock.resetToSystemTime();
		IssuedToken issued = issue("token-holder", Set.of("officers:read"), 30);

		mvc.perform(get("/api/v1/officers").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/incidents").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isForbidden())
			.andExpect(header().string("WWW-Authenticate",
					"Bearer error=\"insufficient_scope\", scope=\"incidents:write\""));

		assertThat(audit("token-holder")).containsExactly(
				"SUCCESS audit.detail.token.used|integration|GET /api/v1/officers",
				"FAILURE audit.detail.token.scope-missing|integration|incidents:write|POST /api/v1/incidents");
		assertThat(tokens.find(issued.token().id()).orElseThrow().lastUsedAt()).isCloseTo(clock.instant(),
				within(1, ChronoUnit.MILLIS));
	}

	@Test
	void revokedExpiredAndUnknownTokensAreRefused() throws Exception {
		clock.resetToSystemTime();
		IssuedToken revoked = issue("token-revoked", Set.of("officers:read"), 30);
		IssuedToken expiring = issue("token-expiring", Set.of("officers:read"), 1);
		tokens.revoke(revoked.token().id(), Actor.staff("admin", Role.ADMIN));

		mvc.perform(get("/api/v1/officers").header("Authorization", "Bearer " + revoked.secret()))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""));
		mvc.perform(get("/api/v1/officers").header("Authorization", "Bearer " + expiring.secret()))
			.andExpect(status().isOk());
		clock.advance(Duration.ofDays(1));
		mvc.perform(get("/api/v1/officers").header("Authorization", "Bearer " + expiring.secret()))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/officers").header("Authorization", "Bearer leo_not-a-token-anyone-was-given"))
			.andExpect(status().isUnauthorized());

		assertThat(audit("token-revoked"))
			.containsExactly("FAILURE audit.detail.token.refused|revoked|GET /api/v1/officers");
		assertThat(audit("token-expiring")).last()
			.isEqualTo("FAILURE audit.detail.token.refused|expired|GET /api/v1/officers");
	}

	@Test
	void onlyTheHashOfATokenIsStoredAndATokenOpensNoPage() throws Exception {
		IssuedToken issued = issue("token-pages", Set.of("officers:read"), 30);

		assertThat(jdbc
			.sql("select count(*) from api_token where token_hash like '%' || :secret || '%' or prefix = :secret")
			.param("secret", issued.secret()).query(Integer.class).single()).isZero();
		assertThat(issued.secret()).startsWith("leo_").hasSizeGreaterThan(40);
		mvc.perform(get("/staff").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenOfADisabledAccountIsRefused() throws Exception {
		IssuedToken issued = issue("token-disabled", Set.of("officers:read"), 30);
		staff.setEnabled("token-disabled", false);

		mvc.perform(get("/api/v1/officers").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized());
	}

	private IssuedToken issue(String username, Set<String> scopes, int days) {
		staff.ensureAccount(
				new NewStaffAccount(username, username, null, Set.of(Role.OFFICER), "a-long-enough-password"));
		return tokens.issue(new NewToken("integration", username, false, scopes, days), Actor.staff(username));
	}

	private List<String> audit(String username) {
		return jdbc.sql(
				"select outcome || ' ' || detail from audit_event where actor = :user and action = 'LOGIN' order by position")
			.param("user", username).query(String.class).list();
	}
}
