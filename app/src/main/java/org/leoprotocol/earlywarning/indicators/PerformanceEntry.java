package org.leoprotocol.earlywarning.indicators;

import java.time.LocalDate;

/**
 * A protocol finding or a commendation as the officer's record shows it: its kind, its description as it was stored,
 * and, for a finding withdrawn since, the reason the record was amended for as it was given ({@code null} otherwise).
 */
public record PerformanceEntry(LocalDate on, String kind, String description, String withdrawn) {

	PerformanceEntry(LocalDate on, String kind, String description) {
		this(on, kind, description, null);
	}
}
