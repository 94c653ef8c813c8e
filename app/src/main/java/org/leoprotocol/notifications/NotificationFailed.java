package org.leoprotocol.notifications;

import java.time.Instant;
import java.util.UUID;

/** A delivery attempt failed; it will be retried unless the reason is final (no account, no address). */
public record NotificationFailed(NotificationId id, String cause, UUID accountId, String channel, String reason,
		Instant at) {
}
