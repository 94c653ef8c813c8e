package org.leoprotocol.investigations.casework;

import org.leoprotocol.complaints.StageNote;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.publication.PublicCase;

/** What a complaint's public status page says as the case opened from it moves on, in every language. */
final class ComplaintNotes {

	private ComplaintNotes() {
	}

	/** The case was opened; its public record shows its progress. */
	static StageNote opened(String caseNumber) {
		return StageNote.explained("complaints.note.opened", caseNumber,
				"An investigation has been opened: case " + caseNumber + ", whose public record shows its progress.");
	}

	/** The investigation is complete and its findings are in review. */
	static StageNote inReview(String caseNumber) {
		return StageNote.explained("complaints.note.inReview", caseNumber,
				"The investigation is complete; its findings are in review.");
	}

	/** The case is closed, with the outcome the public may read. */
	static StageNote closed(Investigation closed) {
		return StageNote.explained("complaints.note.closed", closed.caseNumber(), PublicCase.closingNote(closed));
	}
}
