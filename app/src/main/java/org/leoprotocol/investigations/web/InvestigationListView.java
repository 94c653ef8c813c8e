package org.leoprotocol.investigations.web;

import java.util.List;

/**
 * Open cases (or only the overdue ones) with their deadlines, each investigator's caseload, and the search over all
 * cases, open and closed.
 */
public record InvestigationListView(boolean overdueOnly, List<CaseRow> cases, List<CaseloadRow> caseloads,
		Search search) {

	/** The search form as filled in, and what it found; {@code asked} is false until a criterion is given. */
	public record Search(String number, String officer, String complainant, String from, String to, boolean asked,
			List<CaseRow> results, String problem) {

		public static Search none() {
			return new Search("", "", "", "", "", false, List.of(), null);
		}
	}

	/** One case in the list. */
	public record CaseRow(String id, String caseNumber, String caseType, String status, String investigator, String due,
			boolean overdue) {
	}

	/** One investigator's open and overdue cases. */
	public record CaseloadRow(String investigator, int openCases, int overdue, String nextDue) {
	}
}
