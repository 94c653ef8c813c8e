package org.leoprotocol.engagement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.leoprotocol.engagement.web.EventCard;

/** Turns events into what pages show, and reads the start time a staff form sends (a local date-time, in UTC). */
final class EventCards {

	private EventCards() {
	}

	static EventCard card(OutreachEvent event, long placesLeft, Locale locale) {
		return new EventCard(event.id().toString(), event.title(), when(event.startsAt(), locale), event.place(),
				event.activities(), event.language(), placesLeft);
	}

	static String when(Instant instant, Locale locale) {
		return instant == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", locale).withZone(ZoneOffset.UTC).format(instant);
	}

	/** The value of a {@code datetime-local} field for the instant. */
	static String formValue(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16);
	}

	/** The instant a {@code datetime-local} field names, or null when it names none. */
	static Instant parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException unreadable) {
			return null;
		}
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
