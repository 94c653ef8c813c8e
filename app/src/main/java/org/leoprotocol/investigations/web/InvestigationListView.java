package org.leoprotocol.investigations.web;

import java.util.List;

/** Open cases (or only the overdue ones) with their deadlines, and each investigator's caseload. */
public record InvestigationListView(boolean overdueOnly, List<CaseRow> cases, List<CaseloadRow> caseloads) {

	/** One case in the list. */
	public record CaseRow(String id, String caseNumber, String caseType, String status, String investigator, String due,
			boolean overdue) {
	}

	/** One investigator's open and overdue cases. */
	public record CaseloadRow(String investigator, int openCases, int overdue, String nextDue) {
	}
}
