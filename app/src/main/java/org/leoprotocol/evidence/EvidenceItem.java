package org.leoprotocol.evidence;

import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.InvalidInput;

/**
 * An item in custody: what it is, its SHA-256 computed at intake, and where, when, by which device and officer it was
 * recorded. Deletion is two-step: {@code DELETION_PENDING} for the recovery window, then {@code DELETED}, when the
 * bytes are gone but the record and its custody history stay, a tombstone that outlives the file (CJIS Security Policy
 * 5.4.6 keeps audit records at least a year).
 */
public record EvidenceItem(EvidenceId id, EvidenceKind kind, String mediaType, String fileName, long sizeBytes,
		String sha256, String storageKey, Recording recording, Instant ingestedAt, String ingestedBy, State state,
		Instant deletionDue) {

	public enum State {
		ACTIVE, DELETION_PENDING, DELETED
	}

	/** Where the recording comes from; every field may be unknown except for body-camera video's officer. */
	public record Recording(String device, OfficerId officer, Instant from, Instant to, String location) {

		public static final Recording UNKNOWN = new Recording(null, null, null, null, null);

		public Recording {
			if (from != null && to != null && to.isBefore(from)) {
				throw new InvalidInput("evidence.recording.order", to.toString(), from.toString());
			}
		}
	}

	boolean isAvailable() {
		return state == State.ACTIVE;
	}
}
