package org.leoprotocol.access;

import java.time.Instant;

/** Consecutive failed logins of one account and, once too many, until when it is locked. */
record LoginCounter(int consecutiveFailures, Instant lockedUntil) {

	static final LoginCounter CLEAR = new LoginCounter(0, null);

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	boolean lockExpiredAt(Instant now) {
		return lockedUntil != null && !lockedUntil.isAfter(now);
	}
}
