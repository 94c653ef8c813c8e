package org.leoprotocol.shared;

/**
 * A count as the public may see it. Counts below {@link #THRESHOLD} are shown only as "&lt;5": a filter that narrows a
 * table to one or two cases would otherwise let a neighbour, an employer or a reporter tell who complained or which
 * child was involved. This is small-cell suppression, the usual rule of public statistical releases, and Leo applies it
 * to every published table, chart, download and API answer.
 *
 * @param exact the true count; never rendered when it is suppressed
 */
public record PublishedCount(long exact) {

	/** The smallest count shown as a number. */
	public static final int THRESHOLD = 5;

	public PublishedCount {
		if (exact < 0) {
			throw new IllegalArgumentException("a count cannot be negative");
		}
	}

	public static PublishedCount of(long exact) {
		return new PublishedCount(exact);
	}

	/** Zero is safe to show: it reveals no one. Anything from 1 to {@value #THRESHOLD} - 1 is suppressed. */
	public boolean suppressed() {
		return exact > 0 && exact < THRESHOLD;
	}

	/** The value for a page, a CSV cell or a JSON string: the number, or "&lt;5". */
	public String shown() {
		return suppressed() ? "<" + THRESHOLD : Long.toString(exact);
	}

	/** The value a chart may plot: suppressed counts are plotted as zero and labelled "&lt;5" beside the chart. */
	public long plotted() {
		return suppressed() ? 0 : exact;
	}
}
