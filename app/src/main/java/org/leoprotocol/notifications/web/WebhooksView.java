package org.leoprotocol.notifications.web;

import java.time.Instant;
import java.util.List;

/** Registered paging and CAD receivers (never their secrets) and the form to register one. */
public record WebhooksView(List<Row> rows, String name, String url, String problem, boolean registered) {

	/** One receiver. */
	public record Row(String id, String name, String url, boolean enabled, Instant createdAt, String createdBy) {

		public String enableAction() {
			return NotificationRoutes.WEBHOOKS + "/" + id + "/enabled";
		}
	}
}
