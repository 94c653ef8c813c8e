package org.leoprotocol.notifications.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.notifications.NotificationId;

/** A delivery a worker has claimed, with what it needs to say. {@code attempt} counts this one. */
public record DueDelivery(UUID id, NotificationId notification, Channel channel, UUID endpointId, int attempt,
		UUID accountId, String cause, NoticeKind kind, String subjectKey, List<String> arguments, String link,
		Instant createdAt) {
}
