package org.leoprotocol.earlywarning.history;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An officer as an agency's export states them: from its roster file when it has one (with appointment and separation
 * dates and, where the agency records them, race and gender, which a fairness audit needs), or from the columns of an
 * allegation row otherwise. {@link #reference} is an officer named only by id, in an allegation row whose officer is
 * described in the roster file.
 */
public record ImportedOfficer(String agency, String externalId, String badgeNumber, String firstName, String lastName,
		String rank,
		String unit, LocalDate appointedOn, LocalDate separatedOn, String race, String gender) {

	static ImportedOfficer reference(String agency, String externalId) {
		return new ImportedOfficer(agency, externalId, null, null, null, null, null, null, null, null, null);
	}

	UUID id() {
		return HistoryRow.officerId(agency, externalId);
	}
}
