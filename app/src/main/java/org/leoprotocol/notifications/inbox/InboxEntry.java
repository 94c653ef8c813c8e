package org.leoprotocol.notifications.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.leoprotocol.notifications.NoticeKind;

import org.springframework.context.MessageSource;

/** A notice as the API returns it: its subject said in the reader's language, beside the key and arguments. */
public record InboxEntry(UUID id, NoticeKind kind, String cause, String subject, String subjectKey,
		List<String> arguments,
		String link, boolean muteable, Instant createdAt, Instant acknowledgedAt, String acknowledgedBy) {

	public static InboxEntry of(StoredNotification notice, MessageSource texts, Locale language) {
		return new InboxEntry(notice.id().value(), notice.kind(), notice.cause(),
				org.leoprotocol.notifications.delivery.Subjects.say(texts, notice.subjectKey(), notice.arguments(),
						language),
				notice.subjectKey(), notice.arguments(), notice.link(), notice.muteable(), notice.createdAt(),
				notice.acknowledgedAt(), notice.acknowledgedBy());
	}
}
