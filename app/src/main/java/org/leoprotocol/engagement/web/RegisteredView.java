package org.leoprotocol.engagement.web;

/**
 * The confirmation page after registering: the status and, once, the private link (its path, and the full address as
 * the email gives it).
 */
public record RegisteredView(EventCard event, boolean confirmed, int partySize, String privateLink,
		String privateAddress,
		boolean mailed,
		boolean repeated) {
}
