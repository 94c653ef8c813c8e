package org.leoprotocol.notifications.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.notifications.NotificationId;

/** A notice as the outbox keeps it; {@code acknowledgedAt} and {@code acknowledgedBy} are null until acknowledged. */
public record StoredNotification(NotificationId id, String cause, UUID accountId, NoticeKind kind, String subjectKey,
		List<String> arguments, String link, boolean muteable, Instant createdAt, Instant acknowledgedAt,
		String acknowledgedBy) {

	public boolean acknowledged() {
		return acknowledgedAt != null;
	}
}
