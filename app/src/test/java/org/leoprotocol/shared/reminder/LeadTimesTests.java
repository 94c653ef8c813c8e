package org.leoprotocol.shared.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadTimesTests {

	static final LeadTimes LEADS = LeadTimes.parse("P30D, P14D,P7D,P1D");
	static final ZoneId UTC = ZoneOffset.UTC;
	static final LocalDate DUE = LocalDate.parse("2027-03-31");
	static final Instant DUE_AT = Instant.parse("2027-03-31T17:00:00Z");

	@Test
	void nothingIsDueBeforeTheLongestLead() {
		assertThat(LEADS.current(DUE, DUE_AT, Instant.parse("2027-02-28T23:59:59Z"), UTC)).isEmpty();
	}

	@Test
	void eachLeadBeginsAtMidnightOfItsDay() {
		assertThat(LEADS.current(DUE, DUE_AT, Instant.parse("2027-03-01T00:00:00Z"), UTC)).contains(Period.ofDays(30));
		assertThat(LEADS.current(DUE, DUE_AT, Instant.parse("2027-03-16T23:00:00Z"), UTC)).contains(Period.ofDays(30));
		assertThat(LEADS.current(DUE, DUE_AT, Instant.parse("2027-03-17T00:00:00Z"), UTC)).contains(Period.ofDays(14));
		assertThat(LEADS.current(DUE, DUE_AT, Instant.parse("2027-03-24T08:00:00Z"), UTC)).contains(Period.ofDays(7));
		assertThat(LEADS.current(DUE, DUE_AT, Instant.parse("2027-03-30T08:00:00Z"), UTC)).contains(Period.ofDays(1));
	}

	@Test
	void onlyTheShortestLeadThatHasBegunIsCurrent() {
		LocalDate soon = LocalDate.parse("2027-03-10");
		assertThat(LEADS.current(soon, LeadTimes.startOf(soon, UTC), Instant.parse("2027-03-01T12:00:00Z"), UTC))
			.contains(Period.ofDays(14));
	}

	@Test
	void theDayComesAtItsOwnInstant() {
		assertThat(LEADS.current(DUE, DUE_AT, Instant.parse("2027-03-31T16:59:59Z"), UTC)).contains(Period.ofDays(1));
		assertThat(LEADS.current(DUE, DUE_AT, DUE_AT, UTC)).contains(Period.ZERO);
		assertThat(LEADS.current(DUE, DUE_AT, Instant.parse("2027-04-20T00:00:00Z"), UTC)).contains(Period.ZERO);
	}

	@Test
	void daysAreTheAgencysCalendarDays() {
		ZoneId chicago = ZoneId.of("America/Chicago");
		LocalDate due = LocalDate.parse("2027-02-10");
		Instant onTheDay = LeadTimes.startOf(due, chicago);
		// 3 February, 05:30 UTC is still 2 February, 23:30 in Chicago: the 7-day lead has not begun there.
		assertThat(LEADS.current(due, onTheDay, Instant.parse("2027-02-03T05:30:00Z"), chicago))
			.contains(Period.ofDays(14));
		assertThat(LEADS.current(due, onTheDay, Instant.parse("2027-02-03T06:00:00Z"), chicago))
			.contains(Period.ofDays(7));
		assertThat(onTheDay).isEqualTo(Instant.parse("2027-02-10T06:00:00Z"));
	}

	@Test
	void refusesLeadsThatAreNotAhead() {
		assertThatThrownBy(() -> LeadTimes.parse("P7D,P0D")).isInstanceOf(IllegalArgumentException.class);
		assertThat(LeadTimes.parse("P1D,P30D").longest()).isEqualTo(Period.ofDays(30));
	}
}
