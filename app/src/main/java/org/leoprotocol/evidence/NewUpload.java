package org.leoprotocol.evidence;

import java.util.regex.Pattern;

import org.leoprotocol.evidence.Recording;
import org.leoprotocol.shared.InvalidInput;

/**
 * What a sender declares before the first byte: the kind, the file's name and exact size, optionally its SHA-256
 * (checked on completion, as Axon Evidence and Genetec Clearance check a client's checksum), the recording's metadata
 * and the case or incident it belongs to.
 */
public record NewUpload(EvidenceKind kind, String fileName, long declaredSize, String declaredSha256,
		Recording recording, String caseReference, String incidentReference) {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	public NewUpload {
		if (kind == null) {
			throw new InvalidInput("evidence.upload.kind-missing");
		}
		if (fileName == null || fileName.isBlank()) {
			throw new InvalidInput("evidence.upload.name-missing");
		}
		fileName = fileName.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
		if (fileName.length() > 255) {
			throw new InvalidInput("evidence.upload.name-long");
		}
		if (declaredSize <= 0) {
			throw new InvalidInput("evidence.upload.empty");
		}
		declaredSha256 = blankToNull(declaredSha256);
		if (declaredSha256 != null) {
			declaredSha256 = declaredSha256.toLowerCase(java.util.Locale.ROOT);
			if (!SHA256.matcher(declaredSha256).matches()) {
				throw new InvalidInput("evidence.upload.sha256");
			}
		}
		recording = recording == null ? Recording.UNKNOWN : recording;
		caseReference = blankToNull(caseReference);
		incidentReference = blankToNull(incidentReference);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
