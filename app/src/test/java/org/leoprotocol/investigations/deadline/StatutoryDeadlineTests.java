package org.leoprotocol.investigations.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatutoryDeadlineTests {

	static final Instant FIRST_DUE = Instant.parse("2027-06-01T15:00:00Z");

	@Test
	void aTollMovesTheDeadlineByItsDaysBothEndsIncluded() {
		StatutoryDeadline deadline = new StatutoryDeadline(FIRST_DUE, List.of(toll("2027-03-01", "2027-03-10")));
		assertThat(deadline.tolledDays()).isEqualTo(10);
		assertThat(deadline.due(ZoneOffset.UTC)).isEqualTo(Instant.parse("2027-06-11T15:00:00Z"));
	}

	@Test
	void overlappingTollsCountEachDayOnce() {
		StatutoryDeadline deadline = new StatutoryDeadline(FIRST_DUE,
				List.of(toll("2027-03-05", "2027-03-20"), toll("2027-03-01", "2027-03-10"),
						toll("2027-04-01", "2027-04-01")));
		assertThat(deadline.tolledDays()).isEqualTo(21);
	}

	@Test
	void extensionsAddTheirDaysToTheTolledOnes() {
		StatutoryDeadline deadline = new StatutoryDeadline(FIRST_DUE,
				List.of(toll("2027-03-01", "2027-03-02"), extension(30)));
		assertThat(deadline.due(ZoneOffset.UTC)).isEqualTo(Instant.parse("2027-07-03T15:00:00Z"));
	}

	@Test
	void theDeadlineKeepsItsLocalTimeAcrossAChangeOfSummerTime() {
		ZoneId chicago = ZoneId.of("America/Chicago");
		Instant fivePmInFebruary = Instant.parse("2027-02-26T23:00:00Z");
		StatutoryDeadline deadline = new StatutoryDeadline(fivePmInFebruary, List.of(extension(30)));
		assertThat(deadline.due(chicago)).isEqualTo(Instant.parse("2027-03-28T22:00:00Z"));
	}

	static ClockAdjustment toll(String from, String until) {
		return new ClockAdjustment(DeadlineClock.STATUTORY, ClockAdjustment.Kind.TOLL, LocalDate.parse(from),
				LocalDate.parse(until), null,
				"Officer on leave", "Chief of Police", null, FIRST_DUE, FIRST_DUE, "command", FIRST_DUE);
	}

	static ClockAdjustment extension(int days) {
		return new ClockAdjustment(DeadlineClock.STATUTORY, ClockAdjustment.Kind.EXTENSION, null, null, days,
				"Multi-jurisdiction case",
				"Chief of Police", "Order 27-14", FIRST_DUE, FIRST_DUE, "command", FIRST_DUE);
	}
}
