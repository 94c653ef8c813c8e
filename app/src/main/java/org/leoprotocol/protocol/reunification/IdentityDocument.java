package org.leoprotocol.protocol.reunification;

import java.util.Locale;

/**
 * The claimant's identity document as Leo keeps it: its type, who issued it, and only the last four characters of its
 * number. A full number is never stored, so the record cannot be used to impersonate the claimant.
 */
public record IdentityDocument(String type, String issuer, String lastFour) {

	public static final int KEPT_CHARACTERS = 4;

	public IdentityDocument {
		if (type == null || type.isBlank()) {
			throw new IllegalArgumentException("Say what the identity document is (e.g. driver licence, passport)");
		}
		if (issuer == null || issuer.isBlank()) {
			throw new IllegalArgumentException("Say who issued the identity document (e.g. the state or country)");
		}
		String kept = lastFour == null ? "" : lastFour.replaceAll("[\\s-]", "");
		if (kept.length() > KEPT_CHARACTERS) {
			throw new IllegalArgumentException(
					"Record only the last four characters of the document number, never the full number");
		}
		if (!kept.matches("[A-Za-z0-9]{1," + KEPT_CHARACTERS + "}")) {
			throw new IllegalArgumentException("Record the last four letters or digits of the document number");
		}
		type = type.strip();
		issuer = issuer.strip();
		lastFour = kept.toUpperCase(Locale.ROOT);
	}
}
