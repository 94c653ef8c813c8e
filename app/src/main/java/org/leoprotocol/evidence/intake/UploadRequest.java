package org.leoprotocol.evidence.intake;

import java.time.Instant;

import org.leoprotocol.evidence.EvidenceKind;
import org.leoprotocol.evidence.NewUpload;
import org.leoprotocol.evidence.Recording;
import org.leoprotocol.personnel.OfficerId;

/** An upload as a client declares it in JSON (or as query parameters of a one-request upload). */
public record UploadRequest(String kind, String fileName, Long size, String sha256, String device, String officerId,
		String recordedFrom, String recordedTo, String location, String caseReference, String incidentReference) {

	public NewUpload toNewUpload() {
		if (kind == null || kind.isBlank()) {
			throw new IllegalArgumentException(
					"Say what kind of evidence this is: one of " + java.util.Arrays.toString(EvidenceKind.values()));
		}
		if (size == null) {
			throw new IllegalArgumentException("Declare the file's size in bytes");
		}
		return new NewUpload(EvidenceKind.parse(kind), fileName, size, sha256,
				new Recording(blank(device), officer(), instant(recordedFrom, "recordedFrom"),
						instant(recordedTo, "recordedTo"),
						blank(location)),
				caseReference, incidentReference);
	}

	private OfficerId officer() {
		try {
			return blank(officerId) == null ? null : OfficerId.of(officerId.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'" + officerId + "' is not an officer id");
		}
	}

	private static Instant instant(String value, String field) {
		try {
			return blank(value) == null ? null : Instant.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException(
					field + " must be a UTC time like 2026-11-22T14:03:00Z, not '" + value + "'");
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
