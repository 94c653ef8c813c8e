package org.leoprotocol.investigations.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One recorded change to a case's clock, kept for ever: a toll (the clock stopped from one agency day to another, both
 * included, e.g. while the accused officer was on leave or a criminal investigation was pending, as California
 * Government Code section 3304(d)(2) allows) or an extension by a number of days. Each names its reason and the
 * authority that allowed it (who, and a reference such as an order or a written agreement).
 */
public record ClockAdjustment(DeadlineClock clock, Kind kind, LocalDate tolledFrom, LocalDate tolledUntil,
		Integer extensionDays,
		String reason, String authority, String authorityReference, Instant dueBefore, Instant dueAfter,
		String recordedBy,
		Instant recordedAt) {

	public enum Kind {
		TOLL, EXTENSION
	}

	/** The days a toll stops the clock, both ends included; zero for an extension. */
	long tolledDays() {
		return kind == Kind.TOLL ? ChronoUnit.DAYS.between(tolledFrom, tolledUntil) + 1 : 0;
	}
}
