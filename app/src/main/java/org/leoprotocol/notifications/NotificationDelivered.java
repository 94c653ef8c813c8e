package org.leoprotocol.notifications;

import java.time.Instant;
import java.util.UUID;

/** A notice reached one of its recipient's channels (inbox, mail server, webhook receiver). */
public record NotificationDelivered(NotificationId id, String cause, UUID accountId, String channel, Instant at) {
}
