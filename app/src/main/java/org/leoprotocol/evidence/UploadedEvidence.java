package org.leoprotocol.evidence;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The answer to a completed upload: the item as taken into custody and, for body-camera footage, the sentence that says
 * where its span was placed in time or why it could not be ({@code footage}; absent for other kinds).
 */
record UploadedEvidence(@JsonUnwrapped EvidenceItem item, String footage) {

	static UploadedEvidence of(EvidenceItem item, EvidenceIntake intake) {
		return new UploadedEvidence(item, intake.footageNote(item.id()).orElse(null));
	}
}
