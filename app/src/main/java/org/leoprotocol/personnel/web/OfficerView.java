package org.leoprotocol.personnel.web;

import java.util.List;

/**
 * One officer's record: profile, chain of command, status history, and the status change form with its last input and
 * problem when a change was refused.
 */
public record OfficerView(OfficerRow officer, String hireDate, String yearsOfService, List<String> chainOfCommand,
		List<HistoryRow> history, List<String> nextStatuses, boolean mayChangeStatus, StatusForm form, String problem,
		String notice) {

	/** The same record for a reader whose duties do not include the officer's status history and personnel actions. */
	public OfficerView withoutHistory() {
		return new OfficerView(officer, hireDate, yearsOfService, chainOfCommand, List.of(), nextStatuses,
				mayChangeStatus, form,
				problem, notice);
	}

	/** One entry of the status history, formatted for reading. */
	public record HistoryRow(String when, String from, String to, String reason, String by, String caseReference) {
	}

	/** The status change form as the user filled it in. */
	public record StatusForm(String status, String reason, String caseReference) {

		public static final StatusForm EMPTY = new StatusForm("", "", "");
	}
}
