package org.leoprotocol.investigations.deadline;

import java.time.LocalDate;

/** Stops the clock from one agency day to another, both included. */
record TollRequest(LocalDate from, LocalDate until, String reason, String authority, String reference) {
}
