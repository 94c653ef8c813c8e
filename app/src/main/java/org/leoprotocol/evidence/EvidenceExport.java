package org.leoprotocol.evidence;

import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.evidence.export.FailureReason;
import org.leoprotocol.evidence.export.Watermark;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * A per-recipient copy of an item: who asked, for whom and why, its watermark code, and once made, its own SHA-256
 * beside the original's: a watermarked export is a derivative, tied to the original by the two hashes. A failed export
 * keeps why as a message key with its arguments ({@link Sentence}, read by {@link FailureReason}), said in each
 * reader's language.
 */
public record EvidenceExport(UUID id, String code, EvidenceId evidence, String recipient, String purpose,
		String requestedBy, Instant requestedAt, ExportState state, int progress, String mediaType, String sha256,
		Long sizeBytes, String storageKey, String failure) {

	public Watermark watermark() {
		return new Watermark(code, recipient, requestedAt);
	}

	/** Why the export failed, as a message key with its arguments; none while it has not failed. */
	public Sentence failureReason() {
		return FailureReason.read(failure);
	}

	/** The same export with its failure said as a sentence, for a reader outside Leo (the API). */
	public EvidenceExport withFailure(String sentence) {
		return new EvidenceExport(id, code, evidence, recipient, purpose, requestedBy, requestedAt, state, progress,
				mediaType, sha256, sizeBytes, storageKey, sentence);
	}
}
