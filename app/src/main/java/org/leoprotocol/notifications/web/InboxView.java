package org.leoprotocol.notifications.web;

import java.time.Instant;
import java.util.List;

/** The reader's notices, unacknowledged first; {@code notice} names a confirmation to show, or is null. */
public record InboxView(List<Row> rows, boolean administrator, String notice) {

	/** One notice; {@code link} is the staff page of its cause, or null. */
	public record Row(String id, String kind, String subject, String link, Instant sentAt, Instant acknowledgedAt,
			String acknowledgedBy) {

		public boolean acknowledged() {
			return acknowledgedAt != null;
		}

		public String acknowledgeAction() {
			return NotificationRoutes.INBOX + "/" + id + "/acknowledge";
		}
	}
}
