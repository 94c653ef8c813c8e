package org.leoprotocol.engagement.web;

/** The confirmation page after registering: the status and, once, the private link. */
public record RegisteredView(EventCard event, boolean confirmed, int partySize, String privateLink, boolean mailed,
		boolean repeated) {
}
