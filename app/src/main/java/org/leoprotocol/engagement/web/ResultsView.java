package org.leoprotocol.engagement.web;

import java.util.List;

/** The public results: per event and for all surveys after incidents, counts as published and averages when shown. */
public record ResultsView(List<Row> events, Row incidents, List<String> eventQuestions,
		List<String> incidentQuestions) {

	/** One published row; averages are empty when fewer than five answered. */
	public record Row(String title, String when, String registered, String responses, List<String> averages) {

		public boolean averagesShown() {
			return !averages.isEmpty();
		}
	}
}
