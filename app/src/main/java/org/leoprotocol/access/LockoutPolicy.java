package org.leoprotocol.access;

import java.time.Duration;
import java.time.Instant;

/**
 * After {@value #MAX_CONSECUTIVE_FAILURES} consecutive invalid login attempts an account is locked for ten
 * minutes, unless an administrator releases it sooner (FBI CJIS Security Policy v5.8, 5.5.3 "Unsuccessful Login
 * Attempts"; NIST SP 800-53 AC-7). A successful login resets the count.
 */
record LockoutPolicy(int maxConsecutiveFailures, Duration lockDuration) {

	static final int MAX_CONSECUTIVE_FAILURES = 5;

	static final LockoutPolicy CJIS = new LockoutPolicy(MAX_CONSECUTIVE_FAILURES, Duration.ofMinutes(10));

	/** The state of an account's login counter after one more failed attempt at {@code now}. */
	LoginCounter afterFailure(LoginCounter counter, Instant now) {
		int failures = counter.lockExpiredAt(now) ? 1 : counter.consecutiveFailures() + 1;
		Instant lockedUntil = failures >= maxConsecutiveFailures ? now.plus(lockDuration)
				: counter.isLockedAt(now) ? counter.lockedUntil() : null;
		return new LoginCounter(failures, lockedUntil);
	}
}
