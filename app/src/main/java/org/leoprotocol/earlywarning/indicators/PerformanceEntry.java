package org.leoprotocol.earlywarning.indicators;

import java.time.LocalDate;

/** A protocol finding or a commendation as the officer's record shows it. */
public record PerformanceEntry(LocalDate on, String kind, String description) {
}
