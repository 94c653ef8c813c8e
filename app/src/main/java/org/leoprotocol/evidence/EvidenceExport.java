package org.leoprotocol.evidence;

import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.evidence.export.Watermark;

/**
 * A per-recipient copy of an item: who asked, for whom and why, its watermark code, and once made, its own SHA-256
 * beside the original's: a watermarked export is a derivative, tied to the original by the two hashes.
 */
public record EvidenceExport(UUID id, String code, EvidenceId evidence, String recipient, String purpose,
		String requestedBy, Instant requestedAt, ExportState state, int progress, String mediaType, String sha256,
		Long sizeBytes, String storageKey, String failure) {

	public Watermark watermark() {
		return new Watermark(code, recipient, requestedAt);
	}
}
