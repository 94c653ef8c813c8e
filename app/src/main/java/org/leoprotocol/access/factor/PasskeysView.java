package org.leoprotocol.access.factor;

import java.util.List;

import org.springframework.web.util.UriUtils;

/** A staff member's own passkeys page; {@code problem} is a message key, {@code removed} follows a removal. */
public record PasskeysView(List<Passkey> passkeys, String problem, boolean removed) {

	public static final String PATH = "/staff/passkeys";

	public static String remove(String credentialId) {
		return PATH + "/" + UriUtils.encodePathSegment(credentialId, java.nio.charset.StandardCharsets.UTF_8)
				+ "/remove";
	}
}
