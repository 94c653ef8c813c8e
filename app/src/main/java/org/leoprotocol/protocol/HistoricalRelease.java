package org.leoprotocol.protocol;

import java.time.Instant;

/** The claimant's verification and the release (the same checks as a live release, rules R4-R9). */
public record HistoricalRelease(Instant at, String claimantName, String relationship,
		HistoricalIncident.Document document,
		Boolean photoMatches,
		Recognition recognition, String recognitionNote, Boolean custodyClear, String authorisationSource,
		String verifyingBadge, String confirmingBadge) {

	@Override
	public String toString() {
		return "HistoricalRelease[at=" + at + ", relationship=" + relationship + "]";
	}
}
