package org.leoprotocol.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Times in the agency's zone across the two days a year Chicago's clocks change (second Sunday of March, first of
 * November).
 */
class AgencyTimeTests {

	static final Locale SPANISH = Locale.forLanguageTag("es");

	AgencyTime chicago = AgencyTime.in(ZoneId.of("America/Chicago"));

	@Test
	void showsTheLocalTimeWithTheAbbreviationOnEitherSideOfSpringForward() {
		assertThat(chicago.format(Instant.parse("2026-03-08T07:59:00Z"), Locale.ENGLISH))
			.isEqualTo("Sunday 8 March 2026, 01:59 CST");
		assertThat(chicago.format(Instant.parse("2026-03-08T08:00:00Z"), Locale.ENGLISH))
			.isEqualTo("Sunday 8 March 2026, 03:00 CDT");
	}

	@Test
	void showsTheRepeatedHourOfFallBackTwiceWithDifferentAbbreviations() {
		assertThat(chicago.format(Instant.parse("2026-11-01T06:30:00Z"), Locale.ENGLISH))
			.isEqualTo("Sunday 1 November 2026, 01:30 CDT");
		assertThat(chicago.format(Instant.parse("2026-11-01T07:30:00Z"), Locale.ENGLISH))
			.isEqualTo("Sunday 1 November 2026, 01:30 CST");
	}

	@Test
	void speaksSpanish() {
		assertThat(chicago.format(Instant.parse("2026-10-20T23:00:00Z"), SPANISH))
			.isEqualTo("martes 20 de octubre de 2026, 18:00 CDT");
	}

	@Test
	void readsAStaffFormsLocalTimeInTheAgencysZone() {
		assertThat(chicago.parse("2026-10-20T18:00")).isEqualTo(Instant.parse("2026-10-20T23:00:00Z"));
		assertThat(chicago.parse("2026-01-20T18:00")).isEqualTo(Instant.parse("2026-01-21T00:00:00Z"));
		assertThat(chicago.formValue(Instant.parse("2026-10-20T23:00:00Z"))).isEqualTo("2026-10-20T18:00");
		assertThat(chicago.parse("tomorrow")).isNull();
		assertThat(chicago.parse(" ")).isNull();
	}

	@Test
	void aSkippedTimeIsReadAfterTheChangeAndARepeatedOneAsTheEarlier() {
		assertThat(chicago.parse("2026-03-08T02:30")).isEqualTo(Instant.parse("2026-03-08T08:30:00Z"));
		assertThat(chicago.format(chicago.parse("2026-03-08T02:30"), Locale.ENGLISH)).endsWith("03:30 CDT");
		assertThat(chicago.parse("2026-11-01T01:30")).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
	}

	@Test
	void utcIsTheDefaultAndAnUnknownZoneIsRefusedWithTheSettingsName() {
		assertThat(new AgencyTime("UTC").format(Instant.parse("2026-03-08T08:00:00Z"), Locale.ENGLISH))
			.isEqualTo("Sunday 8 March 2026, 08:00 UTC");
		assertThatThrownBy(() -> new AgencyTime("Central Time")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("leo.agency.time-zone").hasMessageContaining("America/Chicago");
	}

	@Test
	void aRefusedStartExplainsTheSettingInsteadOfAStackTrace() {
		IllegalStateException refused = catchThrowableOfType(IllegalStateException.class,
				() -> new AgencyTime("Mars/Olympus_Mons"));
		FailureAnalysis analysis = new StartRefusedAnalyzer()
			.analyze(new IllegalStateException("Error creating bean", refused));
		assertThat(analysis.getDescription()).contains("\"Mars/Olympus_Mons\"").contains("not an IANA time-zone id");
		assertThat(analysis.getAction()).contains("LEO_AGENCY_TIME_ZONE");
	}
}
