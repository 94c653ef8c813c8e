package org.leoprotocol.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The five calendar years of the demo department's generated history: the current year and the four before it, or, in
 * the first month of a year, the five years before (a few days of a year are too few to fill it). The portal counts by
 * calendar year (UTC), so each year of history is filled on its own and nothing falls into a sixth year with a handful
 * of records. Every record lies between the second day of its year and a day before the demo's "now".
 */
final class HistoryYears {

	static final int YEARS = 5;
	private static final int FIRST_MONTH_DAYS = 31;

	private HistoryYears() {
	}

	/** The years, oldest first. */
	static List<Integer> of(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		int last = today.getDayOfYear() > FIRST_MONTH_DAYS ? today.getYear() : today.getYear() - 1;
		return IntStream.rangeClosed(last - YEARS + 1, last).boxed().toList();
	}

	/** The first moment a record of the year may have. */
	static Instant from(int year) {
		return LocalDate.of(year, 1, 2).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** The last moment a record of the year may have: the year's last day begins, or a day before now. */
	static Instant until(int year, Instant now) {
		Instant yearEnds = LocalDate.of(year, 12, 31).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant dayBefore = now.minus(Duration.ofDays(1));
		return yearEnds.isBefore(dayBefore) ? yearEnds : dayBefore;
	}

	/** The moment a fraction (0 to 1) into the year's span. */
	static Instant at(int year, Instant now, double fraction) {
		Instant from = from(year);
		long seconds = Duration.between(from, until(year, now)).toSeconds();
		return from.plusSeconds((long) (seconds * fraction));
	}
}
