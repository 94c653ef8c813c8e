package org.leoprotocol.earlywarning.web;

/**
 * One indicator of the officer beside the peer group: drawn as a {@code <meter>} scaled to the larger of the two, so no
 * inline style is needed.
 */
public record IndicatorBar(String label, int officer, double peerAverage, int scale) {

	public String peerAverageText() {
		return String.format(java.util.Locale.ROOT, "%.1f", peerAverage);
	}
}
