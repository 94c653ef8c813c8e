package org.leoprotocol.engagement.web;

/** Addresses of the engagement pages and API. */
public final class EngagementRoutes {

	public static final String EVENTS = "/public/events";
	public static final String EVENT = "/public/events/{id}";
	public static final String REGISTER = "/public/events/{id}/registrations";
	public static final String PRIVATE = "/public/engagement/{token}";
	public static final String CANCEL = "/public/engagement/{token}/cancel";
	public static final String SURVEY = "/public/engagement/{token}/survey";
	public static final String RESULTS = "/public/engagement/results";
	public static final String STAFF = "/staff/engagement";
	public static final String STAFF_EVENT = "/staff/engagement/events/{id}";
	public static final String STAFF_INVITE = "/staff/engagement/invitations";
	public static final String STAFF_NEW_LINK = "/staff/engagement/invitations/{id}/new-link";
	public static final String API = "/api/v1/engagement";
	public static final String PUBLIC_API = "/api/v1/public/engagement";

	private EngagementRoutes() {
	}

	public static String event(Object id) {
		return EVENTS + "/" + id;
	}

	public static String privateLink(String token) {
		return "/public/engagement/" + token;
	}

	public static String newLink(Object invitation) {
		return STAFF_INVITE + "/" + invitation + "/new-link";
	}

	public static String staffEvent(Object id) {
		return STAFF + "/events/" + id;
	}
}
