package org.leoprotocol.notifications.web;

import java.time.Instant;
import java.util.List;

/** Deliveries for administrators, newest first, optionally failures only. */
public record DeliveriesView(List<Row> rows, boolean failuresOnly, boolean retried) {

	/**
	 * One delivery. {@code recipient} is a user name, or null with {@code officer} set when the officer had no account;
	 * {@code nextAttemptAt} is shown only while queued.
	 */
	public record Row(String id, Instant createdAt, String recipient, String officer, String cause, String channel,
			String endpoint, String state, int attempts, String lastError, Instant nextAttemptAt, boolean retryable) {

		public String retryAction() {
			return NotificationRoutes.DELIVERIES + "/" + id + "/retry";
		}
	}
}
