package org.leoprotocol.evidence;

import java.util.Locale;
import java.util.Set;

import org.leoprotocol.shared.InvalidInput;

/**
 * What an item is, which decides the file types it may hold: the type is read from the file's first bytes
 * ({@link org.leoprotocol.evidence.intake.ContentSniffer}), never taken from the name or the client's word.
 */
public enum EvidenceKind {
	BODY_CAMERA_VIDEO(Set.of("video/mp4", "video/quicktime", "video/webm", "video/x-msvideo")),
	CCTV_VIDEO(Set.of("video/mp4", "video/quicktime", "video/webm", "video/x-msvideo")),
	PHOTO(Set.of("image/jpeg", "image/png", "image/gif")),
	DOCUMENT(Set.of("application/pdf", "text/plain", "text/csv", "image/jpeg", "image/png", "application/zip")),
	PHONE_RECORDS(Set.of("text/csv", "text/plain", "application/pdf", "application/zip"));

	@SuppressWarnings("ImmutableEnumChecker") // an unmodifiable copy (List.of, Set.of, List.copyOf); the check knows
												// only Guava's immutable types
	private final Set<String> mediaTypes;

	EvidenceKind(Set<String> mediaTypes) {
		this.mediaTypes = mediaTypes;
	}

	public boolean accepts(String mediaType) {
		return mediaTypes.contains(mediaType);
	}

	public boolean isVideo() {
		return this == BODY_CAMERA_VIDEO || this == CCTV_VIDEO;
	}

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	public static EvidenceKind parse(String value) {
		try {
			return EvidenceKind.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (RuntimeException ex) {
			throw new InvalidInput("evidence.kind.unknown", value, java.util.Arrays.toString(values()));
		}
	}
}
