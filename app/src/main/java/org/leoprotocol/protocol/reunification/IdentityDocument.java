package org.leoprotocol.protocol.reunification;

import java.util.Locale;

import org.leoprotocol.shared.InvalidInput;

/**
 * The claimant's identity document as Leo keeps it: its type, who issued it, and only the last four characters of its
 * number. A full number is never stored, so the record cannot be used to impersonate the claimant.
 */
public record IdentityDocument(String type, String issuer, String lastFour) {

	public static final int KEPT_CHARACTERS = 4;

	public IdentityDocument {
		if (type == null || type.isBlank()) {
			throw new InvalidInput("protocol.document.type.missing");
		}
		if (issuer == null || issuer.isBlank()) {
			throw new InvalidInput("protocol.document.issuer.missing");
		}
		String kept = lastFour == null ? "" : lastFour.replaceAll("[\\s-]", "");
		if (kept.length() > KEPT_CHARACTERS) {
			throw new InvalidInput("protocol.document.number.full");
		}
		if (!kept.matches("[A-Za-z0-9]{1," + KEPT_CHARACTERS + "}")) {
			throw new InvalidInput("protocol.document.number.missing");
		}
		type = type.strip();
		issuer = issuer.strip();
		lastFour = kept.toUpperCase(Locale.ROOT);
	}
}
