package org.leoprotocol.investigations.deadline;

import java.time.Instant;
import java.util.List;

/** A clock with its first deadline, its deadline now and every change between them. */
record ClockState(String clock, Instant firstDue, Instant due, List<ClockAdjustment> changes) {
}
