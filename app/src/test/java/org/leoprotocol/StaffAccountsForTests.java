package org.leoprotocol;

import java.util.Locale;
import java.util.Set;

import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.shared.Role;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Staff accounts for tests, one per role, created on first use. Requests sign in with HTTP Basic through the real
 * security chain, so lockout and auditing apply to tests as they do to clients.
 */
public final class StaffAccountsForTests {

	public static final String PASSWORD = "a-password-for-tests";

	private StaffAccountsForTests() {
	}

	public static String ensure(StaffDirectory directory, Role role) {
		String username = "test-" + role.name().toLowerCase(Locale.ROOT);
		directory.ensureAccount(new NewStaffAccount(username, "Test " + role, null, Set.of(role), PASSWORD));
		return username;
	}

	public static RequestPostProcessor as(StaffDirectory directory, Role role) {
		return httpBasic(ensure(directory, role), PASSWORD);
	}
}
