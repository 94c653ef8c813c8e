package org.leoprotocol.shared.reminder;

import java.util.List;
import java.util.function.Supplier;

/**
 * A reminder that has come due: its cause (stable, so it is sent once, and new when the date it is about changes) and
 * its notices, worked out only when the ledger finds the cause not yet sent.
 */
public record DueReminder<N>(String cause, Supplier<List<N>> notices) {
}
