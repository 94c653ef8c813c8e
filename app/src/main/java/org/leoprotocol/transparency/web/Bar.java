package org.leoprotocol.transparency.web;

/**
 * One bar of a chart and one row of the table behind it: its label, the count as shown, the value plotted, and whether
 * it is a total that leaves out suppressed cells beneath it (marked so no one reads it as exact).
 */
public record Bar(String label, String shown, long plotted, boolean partial) {

	/** A total of which nothing can be published: every count beneath it is from 1 to 4 (never read as zero). */
	public boolean onlySmallCounts() {
		return partial && plotted == 0;
	}
}
