package org.leoprotocol.shared.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How long before a due day people are reminded of it, e.g. {@code P30D,P14D,P7D,P1D}, and once more on the day itself.
 * Days are the agency's calendar days ({@code shared.AgencyTime}): "7 days before 5 March" begins at midnight of 26
 * February where the agency is, whatever the zone of the server. Only the latest reminder that has come due is ever
 * current, so a deadline set 10 days away is reminded once ("in 10 days") rather than three times.
 */
public record LeadTimes(List<Period> leads) {

	public LeadTimes {
		if (leads.stream().anyMatch(lead -> lead.isNegative() || lead.isZero())) {
			throw new IllegalArgumentException("Lead times are positive periods such as P7D: " + leads);
		}
		leads = leads.stream().sorted(Comparator.comparing(LeadTimes::days)).toList();
	}

	/** Reads a property such as {@code P30D,P14D,P7D,P1D}. */
	public static LeadTimes parse(String text) {
		return new LeadTimes(Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
			.map(Period::parse).toList());
	}

	/** The longest lead, so a sweep need look no further ahead. */
	public Period longest() {
		return leads.isEmpty() ? Period.ZERO : leads.get(leads.size() - 1);
	}

	/** How far ahead a sweep at {@code now} must look: the end of the longest lead's first day. */
	public Instant horizon(Instant now, ZoneId zone) {
		return now.atZone(zone).plus(longest()).plusDays(1).toInstant();
	}

	/**
	 * The reminder current at {@code now}: {@link Period#ZERO} once {@code onTheDay} has come (the start of the due
	 * day, or the deadline's own instant for a deadline that is reminded when it passes), else the shortest lead whose
	 * first day has begun, else none.
	 */
	public Optional<Period> current(LocalDate dueDay, Instant onTheDay, Instant now, ZoneId zone) {
		if (!now.isBefore(onTheDay)) {
			return Optional.of(Period.ZERO);
		}
		LocalDate today = LocalDate.ofInstant(now, zone);
		return leads.stream().filter(lead -> !today.isBefore(dueDay.minus(lead))).findFirst();
	}

	/** The start of a calendar day where the agency is. */
	public static Instant startOf(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}

	@SuppressWarnings("JavaPeriodGetDays") // the days beyond the whole months, which toTotalMonths counts
	private static long days(Period period) {
		return period.toTotalMonths() * 31 + period.getDays();
	}
}
