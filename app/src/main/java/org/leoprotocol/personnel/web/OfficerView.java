package org.leoprotocol.personnel.web;

import java.util.List;

import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.phrase.Sentence;

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

	/**
	 * One entry of the status history, formatted for reading: the status it left ({@code null} for none) and the status
	 * or action it records as words said in the reader's language, the reason and the authority as typed.
	 *
	 * @param reason what a person typed as the reason, empty when Leo gave all of it
	 * @param leosReason the part of the reason Leo gave (a roster import, an order of a case), {@code null} when none
	 * @param authorisedBy who authorised the personnel action, empty when the entry records none
	 */
	public record HistoryRow(String when, Phrase from, Phrase to, String reason, Sentence leosReason, String by,
			String caseReference, String authorisedBy) {
	}

	/** The status change form as the user filled it in. */
	public record StatusForm(String status, String reason, String caseReference) {

		public static final StatusForm EMPTY = new StatusForm("", "", "");
	}
}
