package org.leoprotocol.investigations.cases;

import java.time.LocalDate;

import org.leoprotocol.shared.InvalidInput;

/**
 * What an investigator searches cases by, every part optional: part of the case number, an officer's badge number or
 * part of the name, part of the complainant's name (or of the person filed for), and the dates the case was opened
 * between (inclusive).
 */
public record CaseQuery(String caseNumber, String officer, String complainant, LocalDate openedFrom,
		LocalDate openedTo) {

	public CaseQuery {
		caseNumber = trimmed(caseNumber);
		officer = trimmed(officer);
		complainant = trimmed(complainant);
		if (openedFrom != null && openedTo != null && openedTo.isBefore(openedFrom)) {
			throw new CaseSearchRefused("needtoknow.search.range", openedTo.toString(), openedFrom.toString());
		}
	}

	/** Whether nothing was asked for: then no search runs. */
	public boolean empty() {
		return caseNumber == null && officer == null && complainant == null && openedFrom == null && openedTo == null;
	}

	private static String trimmed(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > 100) {
			throw new InvalidInput("investigations.refused.search.long");
		}
		return text.strip();
	}
}
