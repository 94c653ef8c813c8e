package org.leoprotocol.transparency.web;

import java.util.List;

/** A chart with the table of its numbers; {@code id} is the DOM id of the table the chart is drawn from. */
public record ChartView(String id, String title, String labelHeader, String valueHeader, List<Bar> bars) {

	public boolean empty() {
		return bars.isEmpty();
	}
}
