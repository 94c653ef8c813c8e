package org.leoprotocol.investigations.publication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.shared.redaction.Removal;

/**
 * A public text of a case on its way out: as written, as the redaction gate left it, what the gate removed, and who
 * approved the redacted text. It is published only once approved, and only in its redacted form.
 *
 * @param subjectId the hearing for minutes, the investigation for a case summary
 */
public record PublicText(UUID id, PublicTextKind kind, UUID subjectId, UUID investigationId, String caseNumber,
		String writtenText, String redactedText, List<Removal> removals, String writtenBy, Instant writtenAt,
		String approvedBy, Instant approvedAt) {

	public boolean approved() {
		return approvedBy != null;
	}

	/**
	 * Approves the redacted text: a second pair of eyes (the four-eyes principle), never the author's, and once.
	 */
	public PublicText approve(String by, Instant at) {
		if (approved()) {
			throw PublicTextRefused.alreadyApproved(caseNumber, approvedBy);
		}
		if (by == null || by.equalsIgnoreCase(writtenBy)) {
			throw PublicTextRefused.ownText(caseNumber, writtenBy);
		}
		return new PublicText(id, kind, subjectId, investigationId, caseNumber, writtenText, redactedText, removals,
				writtenBy,
				writtenAt, by, at);
	}
}
