package org.leoprotocol.notifications.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides when a failed delivery is tried again: exponential backoff from {@code first}, doubling per attempt up to
 * {@code longest}; after {@code attempts} attempts the delivery fails for good and waits for an administrator.
 */
record RetryPolicy(Duration first, Duration longest, int attempts) {

	/** When to try again after the {@code attempt}-th attempt failed at {@code failedAt}; empty to give up. */
	Optional<Instant> next(int attempt, Instant failedAt) {
		if (attempt >= attempts) {
			return Optional.empty();
		}
		Duration wait = first.multipliedBy(1L << Math.min(attempt - 1, 30));
		return Optional.of(failedAt.plus(wait.compareTo(longest) > 0 || wait.isNegative() ? longest : wait));
	}
}
