package org.leoprotocol.evidence.intake;

import java.time.Instant;

import org.leoprotocol.evidence.EvidenceKind;
import org.leoprotocol.evidence.NewUpload;
import org.leoprotocol.evidence.Recording;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.InvalidInput;

/** An upload as a client declares it in JSON (or as query parameters of a one-request upload). */
public record UploadRequest(String kind, String fileName, Long size, String sha256, String device, String officerId,
		String recordedFrom, String recordedTo, String location, String caseReference, String incidentReference) {

	public NewUpload toNewUpload() {
		if (kind == null || kind.isBlank()) {
			throw new InvalidInput("evidence.upload.kind-choice", java.util.Arrays.toString(EvidenceKind.values()));
		}
		if (size == null) {
			throw new InvalidInput("evidence.upload.size-missing");
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
			throw new InvalidInput("evidence.upload.officer", officerId);
		}
	}

	private static Instant instant(String value, String field) {
		try {
			return blank(value) == null ? null : Instant.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidInput("evidence.upload.time", field, value);
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
