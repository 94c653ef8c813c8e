package org.leoprotocol.engagement.web;

/** An event as the public list and detail pages show it; no registrant ever appears here. */
public record EventCard(String id, String title, String when, String place, String activities, String language,
		long placesLeft) {

	public boolean full() {
		return placesLeft == 0;
	}
}
