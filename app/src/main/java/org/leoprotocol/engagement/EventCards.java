package org.leoprotocol.engagement;

import java.util.Locale;

import org.leoprotocol.engagement.web.EventCard;
import org.leoprotocol.shared.AgencyTime;

/** Turns events into what pages show, their times in the agency's zone ({@link AgencyTime}). */
final class EventCards {

	private EventCards() {
	}

	static EventCard card(OutreachEvent event, long placesLeft, AgencyTime time, Locale locale) {
		return new EventCard(event.id().toString(), event.title(), time.format(event.startsAt(), locale), event.place(),
				event.activities(), event.language(), placesLeft);
	}

	static Integer number(String value) {
		try {
			return value == null ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
