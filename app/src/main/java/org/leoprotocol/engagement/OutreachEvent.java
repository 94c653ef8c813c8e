package org.leoprotocol.engagement;

import java.time.Instant;
import java.util.UUID;

/**
 * A meeting between the department and the people it serves: an open house, a school visit, a listening session. The
 * capacity counts people, so a registration for a family of four takes four places.
 */
public record OutreachEvent(UUID id, String title, Instant startsAt, String place, String activities, int capacity,
		String language) {

	public boolean isOver(Instant now) {
		return !startsAt.isAfter(now);
	}
}
