package org.leoprotocol.engagement.web;

/**
 * What a registration's private link shows: the event, the status, a cancel button before the event, the survey after.
 */
public record RegistrationView(String token, EventCard event, String status, int partySize, boolean cancellable,
		boolean surveyOpen, String notice) {
}
