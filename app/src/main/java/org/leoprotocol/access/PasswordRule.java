package org.leoprotocol.access;

import java.security.SecureRandom;

import org.leoprotocol.shared.InvalidInput;

/**
 * Staff passwords: long rather than complicated (NIST SP 800-63B 5.1.1 asks for at least 8 characters and favours
 * length; CJIS v5.8 5.6.2.1.1 asks for at least 8; Leo asks for 12). Generated passwords draw 18 characters from an
 * alphabet without look-alike letters.
 */
final class PasswordRule {

	static final int MINIMUM_LENGTH = 12;
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordRule() {
	}

	static void check(String password) {
		if (password == null || password.length() < MINIMUM_LENGTH) {
			throw new InvalidInput("access.password.short", MINIMUM_LENGTH);
		}
	}

	static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 18; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
