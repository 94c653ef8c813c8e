package org.leoprotocol.investigations.web;

import java.util.List;

/** Complaints received and not yet handled, each with the form that opens a case for it. */
public record TriageView(List<Row> complaints, List<String> categories, List<String> caseTypes, String problem) {

	/** One complaint waiting for triage. */
	public record Row(String id, String trackingCode, String kind, String received, String officers, String narrative,
			String firstBadge) {
	}
}
