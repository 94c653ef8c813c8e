package org.leoprotocol.earlywarning.history;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint as an agency's export states it: when it was received and, once decided, closed. Without a closing date a
 * finding cannot be placed in time, so early warning counts it as pending at every date.
 */
public record ImportedComplaint(String agency, String externalId, LocalDate receivedOn, LocalDate closedOn) {

	static ImportedComplaint reference(String agency, String externalId) {
		return new ImportedComplaint(agency, externalId, null, null);
	}

	UUID id() {
		return HistoryRow.id("complaint", agency, externalId);
	}
}
