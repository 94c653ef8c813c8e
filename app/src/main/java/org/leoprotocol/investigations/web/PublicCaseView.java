package org.leoprotocol.investigations.web;

import java.util.List;

/**
 * The public case page: status, dates and categories; the findings per category once closed. Status, categories and
 * findings are message keys, the dates already in the visitor's language. The summary is the approved, redacted public
 * statement, or {@code null}.
 */
public record PublicCaseView(String caseNumber, String status, String opened, String due, String closed,
		List<String> categories, List<Outcome> outcomes, String summary, boolean decidedByAlternate) {

	/** The final finding for one category, both as message keys. */
	public record Outcome(String category, String finding) {
	}
}
