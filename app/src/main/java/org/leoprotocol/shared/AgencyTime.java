package org.leoprotocol.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Times as the agency's public and staff read them: Leo stores and compares instants in UTC, but an open house "at
 * 18:00" means 18:00 where the agency is. The zone is {@code leo.agency.time-zone}, an IANA id such as
 * {@code America/Chicago} (default {@code UTC}); every shown time carries the zone's abbreviation (CST, CDT), so a
 * reader on the day clocks change is never left guessing.
 */
@Component
public class AgencyTime {

	private static final String ENGLISH = "EEEE d MMMM yyyy, HH:mm zzz";
	private static final String SPANISH = "EEEE d 'de' MMMM 'de' yyyy, HH:mm zzz";
	private static final String ENGLISH_DAY = "d MMMM yyyy";
	private static final String SPANISH_DAY = "d 'de' MMMM 'de' yyyy";
	private static final DateTimeFormatter FORM_FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
	private static final String STAMP = "yyyy-MM-dd HH:mm zzz";
	private static final String STAMP_SECONDS = "yyyy-MM-dd HH:mm:ss zzz";
	private static final String TIME_OF_DAY = "HH:mm:ss zzz";
	private static final String DATE = "yyyy-MM-dd";

	private final ZoneId zone;

	AgencyTime(@Value("${leo.agency.time-zone:UTC}") String zone) {
		this.zone = zone(zone);
	}

	/** Reads the configured zone, refusing at startup anything that is not an IANA time-zone id. */
	static ZoneId zone(String id) {
		try {
			return ZoneId.of(id.strip());
		}
		catch (DateTimeException unknown) {
			throw new UnknownTimeZone(id, unknown);
		}
	}

	public static AgencyTime in(ZoneId zone) {
		return new AgencyTime(zone.getId());
	}

	public ZoneId zone() {
		return zone;
	}

	/** "Tuesday 20 October 2026, 18:00 CDT", or in Spanish "martes 20 de octubre de 2026, 18:00 CDT". */
	public String format(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		String pattern = "es".equals(locale.getLanguage()) ? SPANISH : ENGLISH;
		return DateTimeFormatter.ofPattern(pattern, locale).withZone(zone).format(instant);
	}

	/** The agency's calendar day of an instant: "20 October 2026", "20 de octubre de 2026". */
	public String day(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		String pattern = "es".equals(locale.getLanguage()) ? SPANISH_DAY : ENGLISH_DAY;
		return DateTimeFormatter.ofPattern(pattern, locale).withZone(zone).format(instant);
	}

	/**
	 * A staff page's or mail's compact time, the same in every language: "2026-07-18 04:00 CDT". Every table, list and
	 * mail text renders its times here, so that no staff page shows UTC beside the agency's time or a time without its
	 * zone.
	 */
	public String stamp(Instant instant) {
		return pattern(STAMP, instant);
	}

	/** As {@link #stamp} to the second, for records where seconds count (a protocol timeline, a custody ledger). */
	public String stampSeconds(Instant instant) {
		return pattern(STAMP_SECONDS, instant);
	}

	/** The time of day alone with its zone, for a step's clock on the day of its incident: "04:00:20 CDT". */
	public String timeOfDay(Instant instant) {
		return pattern(TIME_OF_DAY, instant);
	}

	/** The agency's calendar date, numeric: "2026-07-18". A date carries no time, so it needs no zone. */
	public String date(Instant instant) {
		return pattern(DATE, instant);
	}

	private String pattern(String pattern, Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ofPattern(pattern, Locale.US).withZone(zone).format(instant);
	}

	/** The value of a {@code datetime-local} field: the agency's wall-clock time. */
	public String formValue(Instant instant) {
		return instant == null ? "" : LocalDateTime.ofInstant(instant, zone).format(FORM_FIELD);
	}

	/**
	 * The instant a {@code datetime-local} field names in the agency's zone, or null when it names none. A time skipped
	 * when clocks go forward (02:30 on the second Sunday of March in Chicago) is read as the same span after the change
	 * (03:30 CDT); a time that happens twice when they go back is read as the earlier one (01:30 CDT).
	 */
	public Instant parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException unreadable) {
			return null;
		}
	}
}
