package org.leoprotocol.transparency.web;

import java.util.List;

/**
 * A public officer page: the officer as the policy shows them, how (by name or pseudonym), the unit (pages by name
 * only; empty otherwise), the date of the last update, and the charts and table of the fields it shows.
 * {@code outcomeCharts} and {@code outcomeRows} are empty and {@code commendations} is {@code null} for a field the
 * page does not show.
 */
public record OfficerPageView(String key, String officer, String mode, String shownBy, String unit, String lastUpdate,
		List<String> fields, List<ChartView> outcomeCharts, List<OutcomeRow> outcomeRows, ChartView commendations) {

	public boolean showsOutcomes() {
		return fields.contains("CASE_OUTCOMES");
	}

	public boolean showsCommendations() {
		return commendations != null;
	}

	/** Allegations of one year of closure, category and final finding, as published. */
	public record OutcomeRow(String year, String category, String finding, String allegations) {
	}
}
