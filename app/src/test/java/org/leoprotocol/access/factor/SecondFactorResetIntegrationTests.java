package org.leoprotocol.access.factor;

import java.time.Clock;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator resets a staff member's second factor only with a reason, which the audit trail keeps; nobody else
 * can; and the reset account enrols again.
 */
@LeoIntegrationTest
class SecondFactorResetIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	SecondFactors factors;
	@Autowired
	Clock clock;
	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorResetsASecondFactorWithAnAuditedReason() throws Exception {
		staff.ensureAccount(new NewStaffAccount("lost.phone", "Officer Lost Phone", null, Set.of(Role.OFFICER),
				"a-password-for-tests"));
		String secret = factors.newSecret();
		assertThat(factors.enrol("lost.phone", secret,
				OneTimePasswords.AUTHENTICATOR_APPS.at(Base32.decode(secret), clock.instant())))
			.hasValueSatisfying(codes -> assertThat(codes).hasSize(SecondFactors.RECOVERY_CODES));
		assertThat(factors.enrolled("lost.phone")).isTrue();

		mvc.perform(post("/staff/accounts/lost.phone/second-factor").with(as(staff, Role.SUPERVISOR)).with(csrf())
			.param("reason", "phone lost")).andExpect(status().isForbidden());
		mvc.perform(post("/staff/accounts/lost.phone/second-factor").with(as(staff, Role.ADMIN)).with(csrf())
			.param("reason", " ")).andExpect(status().isBadRequest());
		assertThat(factors.enrolled("lost.phone")).isTrue();

		mvc.perform(post("/staff/accounts/lost.phone/second-factor").with(as(staff, Role.ADMIN)).with(csrf())
			.param("reason", "phone lost on patrol, ticket 4411")).andExpect(status().is3xxRedirection());
		assertThat(factors.enrolled("lost.phone")).isFalse();
		assertThat(jdbc.sql(
				"select actor || ': ' || detail from audit_event where record_id = 'lost.phone' and detail like 'audit.detail.second-factor.reset|%'")
			.query(String.class).list())
			.containsExactly("test-admin: audit.detail.second-factor.reset|phone lost on patrol, ticket 4411");
	}
}
