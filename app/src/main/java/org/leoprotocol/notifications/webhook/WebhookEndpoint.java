package org.leoprotocol.notifications.webhook;

import java.time.Instant;
import java.util.UUID;

/** A registered receiver, as administrators see it: never with its secret. */
public record WebhookEndpoint(UUID id, String name, String url, boolean enabled, Instant createdAt, String createdBy) {
}
