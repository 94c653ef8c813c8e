package org.leoprotocol.earlywarning;

import java.time.LocalDate;

import org.leoprotocol.personnel.OfficerId;

/**
 * An allegation against a roster officer as an investigation records it: the complaint's reference and dates, the
 * category, and the finding so far ({@link Finding#PENDING} while open). Recording it again with a final finding and a
 * closing date updates it.
 */
public record NewAllegation(OfficerId officer, String complaintReference, LocalDate receivedOn, LocalDate closedOn,
		Category category, String description, Finding finding) {
}
