package org.leoprotocol.investigations.web;

import java.util.List;

/** The public case page: status, dates and categories; the findings per category once closed. */
public record PublicCaseView(String caseNumber, String status, String opened, String due, String closed,
		List<String> categories, List<Outcome> outcomes) {

	/** The final finding for one category. */
	public record Outcome(String category, String finding) {
	}
}
