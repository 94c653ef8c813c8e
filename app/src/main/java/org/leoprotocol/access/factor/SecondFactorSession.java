package org.leoprotocol.access.factor;

import jakarta.servlet.http.HttpSession;

/**
 * What a session remembers between a password sign-in and its second factor: that the factor is still owed, the secret
 * being enrolled (kept out of the database until the staff member proves their app has it) and how many wrong codes
 * were given.
 */
final class SecondFactorSession {

	static final String PENDING = "leo.second-factor.pending";
	static final String ENROLLING = "leo.second-factor.enrolling";
	static final String FAILURES = "leo.second-factor.failures";
	static final int MAX_FAILURES = 5;

	private SecondFactorSession() {
	}

	static boolean pending(HttpSession session) {
		return session != null && session.getAttribute(PENDING) != null;
	}

	static void passed(HttpSession session) {
		session.removeAttribute(PENDING);
		session.removeAttribute(ENROLLING);
		session.removeAttribute(FAILURES);
	}

	/** Counts a wrong code and says whether the session has now had too many. */
	static boolean failedTooOften(HttpSession session) {
		int failures = session.getAttribute(FAILURES) instanceof Integer count ? count + 1 : 1;
		session.setAttribute(FAILURES, failures);
		return failures >= MAX_FAILURES;
	}
}
