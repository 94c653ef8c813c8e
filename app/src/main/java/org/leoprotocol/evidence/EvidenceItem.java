package org.leoprotocol.evidence;

import java.time.Instant;

/**
 * An item in custody: what it is, its SHA-256 computed at intake, and where, when, by which device and officer it was
 * recorded. Deletion is two-step: {@code DELETION_PENDING} for the recovery window, then {@code DELETED}, when the
 * bytes are gone but the record and its custody history stay, a tombstone that outlives the file (CJIS Security Policy
 * 5.4.6 keeps audit records at least a year).
 */
public record EvidenceItem(EvidenceId id, EvidenceKind kind, String mediaType, String fileName, long sizeBytes,
		String sha256, String storageKey, Recording recording, Instant ingestedAt, String ingestedBy, ItemState state,
		Instant deletionDue) {

	boolean isAvailable() {
		return state == ItemState.ACTIVE;
	}
}
