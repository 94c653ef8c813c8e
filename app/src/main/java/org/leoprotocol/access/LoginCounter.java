package org.leoprotocol.access;

import java.time.Instant;

/** Consecutive failed sign-ins from one address to one account and before when no further attempt is accepted. */
record LoginCounter(int consecutiveFailures, Instant lockedUntil) {

	static final LoginCounter CLEAR = new LoginCounter(0, null);

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
