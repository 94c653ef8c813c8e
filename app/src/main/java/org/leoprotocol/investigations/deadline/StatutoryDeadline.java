package org.leoprotocol.investigations.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * A clock's deadline recomputed from its first deadline and every toll and extension: the first deadline moves by the
 * days the clock stood still (overlapping tolls count once) and by every extension. Days are the agency's calendar
 * days, so a deadline at 17:00 stays at 17:00 across a change of summer time.
 */
record StatutoryDeadline(Instant firstDue, List<ClockAdjustment> adjustments) {

	Instant due(ZoneId zone) {
		long extended = adjustments.stream().filter(a -> a.kind() == ClockAdjustment.Kind.EXTENSION)
			.mapToLong(ClockAdjustment::extensionDays).sum();
		return firstDue.atZone(zone).plusDays(tolledDays() + extended).toInstant();
	}

	/** Days within at least one toll. */
	long tolledDays() {
		List<ClockAdjustment> tolls = adjustments.stream().filter(a -> a.kind() == ClockAdjustment.Kind.TOLL)
			.sorted(Comparator.comparing(ClockAdjustment::tolledFrom)).toList();
		long days = 0;
		LocalDate countedUntil = LocalDate.MIN;
		for (ClockAdjustment toll : tolls) {
			LocalDate from = toll.tolledFrom().isAfter(countedUntil) ? toll.tolledFrom() : countedUntil.plusDays(1);
			if (!from.isAfter(toll.tolledUntil())) {
				days += ChronoUnit.DAYS.between(from, toll.tolledUntil()) + 1;
				countedUntil = toll.tolledUntil();
			}
		}
		return days;
	}
}
