package org.leoprotocol.earlywarning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyDayTests {

	@Test
	void anEveningInChicagoIsStillTodayThereThoughUtcHasMovedOn() {
		Clock nineInTheEvening = Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneOffset.UTC);

		assertThat(EarlyWarning.agencyDay(nineInTheEvening, ZoneId.of("America/Chicago")))
			.isEqualTo(LocalDate.of(2026, 12, 5));
		assertThat(EarlyWarning.agencyDay(nineInTheEvening, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 12, 6));
	}
}
