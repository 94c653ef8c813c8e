package org.leoprotocol.notifications.web;

/** Addresses of the notification pages and API. */
public final class NotificationRoutes {

	public static final String INBOX = "/staff/notifications";
	public static final String COUNT = "/staff/notifications/count";
	public static final String PREFERENCES = "/staff/notifications/preferences";
	public static final String DELIVERIES = "/staff/notifications/deliveries";
	public static final String WEBHOOKS = "/staff/notifications/webhooks";
	public static final String API = "/api/v1/notifications";

	private NotificationRoutes() {
	}
}
