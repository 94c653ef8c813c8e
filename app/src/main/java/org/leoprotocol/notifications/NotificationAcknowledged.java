package org.leoprotocol.notifications;

import java.time.Instant;
import java.util.UUID;

/** The recipient said they have seen the notice and are acting on it. */
public record NotificationAcknowledged(NotificationId id, String cause, UUID accountId, String username, Instant at) {
}
