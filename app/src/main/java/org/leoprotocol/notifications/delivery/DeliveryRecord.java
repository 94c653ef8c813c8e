package org.leoprotocol.notifications.delivery;

import java.time.Instant;
import java.util.UUID;

/** A delivery as administrators see it; {@code accountId} is null when the officer it was meant for has no account. */
record DeliveryRecord(UUID id, Channel channel, DeliveryState state, int attempts, Instant nextAttemptAt,
		String lastError,
		Instant deliveredAt, Instant createdAt, String cause, UUID accountId, UUID officerId, String endpoint) {

	boolean retryable() {
		return state != DeliveryState.DELIVERED && channel != Channel.INBOX;
	}
}
