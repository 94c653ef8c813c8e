package org.leoprotocol.notifications.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * The JSON a receiver gets. {@code deliveryId} is the same on every retry of one delivery, so a receiver that got a
 * post twice (a retry after a lost answer) can tell.
 */
record WebhookPayload(UUID deliveryId, UUID notificationId, String cause, String kind, String subject, String language,
		String link, WebhookRecipient recipient, Instant createdAt, int attempt) {
}
