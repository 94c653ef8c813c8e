package org.leoprotocol.transparency.web;

import java.util.List;

/** A chart with the table of its numbers; {@code id} is the DOM id of the table the chart is drawn from. */
public record ChartView(String id, String title, String labelHeader, String valueHeader, List<Bar> bars) {

	public boolean empty() {
		return bars.isEmpty();
	}

	/**
	 * Whether every bar is a total with nothing left to publish because every count beneath it is from 1 to 4: drawn,
	 * such a chart would read as "none" where there were some, so the page says why it shows no figure instead.
	 */
	public boolean withheld() {
		return !bars.isEmpty() && bars.stream().allMatch(bar -> bar.plotted() == 0)
				&& bars.stream().anyMatch(Bar::partial);
	}
}
