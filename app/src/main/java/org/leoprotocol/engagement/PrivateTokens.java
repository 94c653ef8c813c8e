package org.leoprotocol.engagement;

import java.security.SecureRandom;
import java.util.Base64;

import org.leoprotocol.shared.secret.SecretHash;

/**
 * The secrets in private links (a registration's cancel-and-feedback link, a survey invitation): 160 random bits,
 * URL-safe. Leo stores only their SHA-256, so a copy of the database opens no one's link.
 */
final class PrivateTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private PrivateTokens() {
	}

	static String next() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static byte[] hash(String token) {
		return SecretHash.sha256("engagement:" + token);
	}
}
