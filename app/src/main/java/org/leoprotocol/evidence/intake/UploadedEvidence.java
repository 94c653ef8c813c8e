package org.leoprotocol.evidence.intake;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.leoprotocol.evidence.EvidenceIntake;
import org.leoprotocol.evidence.EvidenceItem;

/**
 * The answer to a completed upload: the item as taken into custody and, for body-camera footage, the sentence that says
 * where its span was placed in time or why it could not be ({@code footage}; absent for other kinds).
 */
public record UploadedEvidence(@JsonUnwrapped EvidenceItem item, String footage) {

	public static UploadedEvidence of(EvidenceItem item, EvidenceIntake intake) {
		return new UploadedEvidence(item, intake.footageNote(item.id()).orElse(null));
	}
}
