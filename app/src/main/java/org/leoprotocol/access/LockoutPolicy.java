package org.leoprotocol.access;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a client address must wait before its next sign-in attempt for an account, after consecutive failures from
 * that address: from the second failure a delay that doubles (1 s, 2 s, 4 s), then at the
 * {@value #MAX_CONSECUTIVE_FAILURES}th a ten-minute lock (FBI CJIS Security Policy v5.8, 5.5.3 "Unsuccessful Login
 * Attempts"; NIST SP 800-53 AC-7), doubling with every further failure up to a day. Counting per address and account
 * means an anonymous guesser locks out only the guesser (OWASP Authentication Cheat Sheet, "Account Lockout": an
 * attacker must not be able to deny service to a legitimate user). A successful sign-in from the address or an
 * administrator's release clears the count.
 */
record LockoutPolicy(int maxConsecutiveFailures, Duration lockDuration, Duration longestLock) {

	static final int MAX_CONSECUTIVE_FAILURES = 5;

	static final LockoutPolicy CJIS = new LockoutPolicy(MAX_CONSECUTIVE_FAILURES, Duration.ofMinutes(10),
			Duration.ofDays(1));

	/** The state of an address's counter for an account after one more failed attempt at {@code now}. */
	LoginCounter afterFailure(LoginCounter counter, Instant now) {
		int failures = counter.consecutiveFailures() + 1;
		Duration wait = waitAfter(failures);
		return new LoginCounter(failures, wait.isZero() ? null : now.plus(wait));
	}

	/** The wait after this many consecutive failures: none after the first. */
	Duration waitAfter(int failures) {
		if (failures < maxConsecutiveFailures) {
			return failures < 2 ? Duration.ZERO : Duration.ofSeconds(1L << Math.min(failures - 2, 20));
		}
		Duration lock = lockDuration.multipliedBy(1L << Math.min(failures - maxConsecutiveFailures, 20));
		return lock.compareTo(longestLock) > 0 ? longestLock : lock;
	}

	/**
	 * Whether this many failures amount to a lock (rather than a short delay), which staff see on the accounts page.
	 */
	boolean locks(LoginCounter counter) {
		return counter.consecutiveFailures() >= maxConsecutiveFailures;
	}
}
