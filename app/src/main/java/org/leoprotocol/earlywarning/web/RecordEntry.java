package org.leoprotocol.earlywarning.web;

import java.time.LocalDate;

/** A protocol finding or commendation on the officer's record. */
public record RecordEntry(LocalDate on, String kind, String description) {
}
