package org.leoprotocol.shared.web;

import java.util.List;

/**
 * A bar chart drawn on the server as SVG, with its numbers as a table beside it for readers who do not see it.
 *
 * @param labelHeader the table's first column, e.g. "Month"
 * @param valueHeader the table's second column, e.g. "Minutes"
 */
public record PanelChart(String id, String title, String labelHeader, String valueHeader, List<PanelBar> bars) {

	public PanelChart {
		bars = List.copyOf(bars);
	}

	public long max() {
		return bars.stream().mapToLong(PanelBar::value).max().orElse(0);
	}

	/** The bar's length in the drawing, out of 100. */
	public long width(PanelBar bar) {
		return max() == 0 ? 0 : Math.round(100.0 * bar.value() / max());
	}
}
