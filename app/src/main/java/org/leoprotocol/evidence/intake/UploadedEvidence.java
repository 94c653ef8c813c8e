package org.leoprotocol.evidence.intake;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.leoprotocol.evidence.EvidenceIntake;
import org.leoprotocol.evidence.EvidenceItem;

import org.springframework.context.MessageSource;

/**
 * The answer to a completed upload: the item as taken into custody and, for body-camera footage, the sentence that says
 * where its span was placed in time or why it could not be, in the uploader's language ({@code footage}; absent for
 * other kinds).
 */
public record UploadedEvidence(@JsonUnwrapped EvidenceItem item, String footage) {

	/** The item, and for footage where it was placed, said in the uploader's language. */
	public static UploadedEvidence of(EvidenceItem item, EvidenceIntake intake, MessageSource messages,
			Locale locale) {
		return new UploadedEvidence(item, intake.footageNote(item.id())
			.map(placed -> messages.getMessage(placed.key(), placed.arguments(), locale))
			.orElse(null));
	}
}
