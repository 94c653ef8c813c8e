package org.leoprotocol.transparency.statistics;

import org.leoprotocol.transparency.PublicationGate;

/**
 * A labelled count: a category, finding, unit, year or kind, how many, and how many of those are in cells suppressed
 * beneath it (zero for a cell itself), which the {@link PublicationGate} leaves out of a total.
 */
public record Tally(String label, long count, long suppressedBeneath) {
}
