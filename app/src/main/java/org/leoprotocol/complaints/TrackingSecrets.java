package org.leoprotocol.complaints;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.secret.SecretHash;

/**
 * The tracking code (60 random bits) and the private access key (125 random bits) a person receives, drawn from
 * {@link SecureRandom} and written in Crockford's base32, which has no letters that read alike (no I, L, O, U). Only a
 * SHA-256 hash of the access key is stored: with 125 random bits no fast hash can be reversed by guessing. A repeated
 * submission carries the same idempotency key, under which the access key is sealed so that the same key can be shown
 * again, and only to the holder of the form token.
 */
public final class TrackingSecrets {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	static final int CODE_LENGTH = 12;
	static final int KEY_LENGTH = 25;
	static final int MIN_IDEMPOTENCY_KEY = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private TrackingSecrets() {
	}

	static String newTrackingCode() {
		return group(random(CODE_LENGTH), 4);
	}

	public static String newAccessKey() {
		return group(random(KEY_LENGTH), 5);
	}

	/** Upper-cases, drops separators and reads I and L as 1 and O as 0, as Crockford's base32 asks. */
	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String upper = text.toUpperCase(Locale.ROOT).replace('I', '1').replace('L', '1').replace('O', '0');
		return upper.replaceAll("[^0-9A-Z]", "");
	}

	static String formatCode(String text) {
		String normalized = normalize(text);
		return normalized.length() == CODE_LENGTH ? group(normalized, 4) : normalized;
	}

	static byte[] hashKey(String accessKey) {
		return SecretHash.sha256("key:" + normalize(accessKey));
	}

	static boolean matches(String accessKey, byte[] storedHash) {
		return MessageDigest.isEqual(hashKey(accessKey), storedHash);
	}

	static byte[] idempotencyHash(String idempotencyKey) {
		return SecretHash.sha256("lookup:" + idempotencyKey);
	}

	static byte[] seal(String accessKey, String idempotencyKey) {
		return xor(accessKey.getBytes(StandardCharsets.US_ASCII), SecretHash.sha256("seal:" + idempotencyKey));
	}

	static String unseal(byte[] sealed, String idempotencyKey) {
		return new String(xor(sealed, SecretHash.sha256("seal:" + idempotencyKey)), StandardCharsets.US_ASCII);
	}

	public static void checkIdempotencyKey(String key) {
		if (key != null && (key.length() < MIN_IDEMPOTENCY_KEY || key.length() > 200)) {
			throw new InvalidInput("complaints.refused.idempotencyKey", MIN_IDEMPOTENCY_KEY);
		}
	}

	private static String random(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

	private static String group(String text, int size) {
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < text.length(); i += size) {
			grouped.append(i == 0 ? "" : "-").append(text, i, Math.min(text.length(), i + size));
		}
		return grouped.toString();
	}

	private static byte[] xor(byte[] text, byte[] pad) {
		byte[] result = new byte[text.length];
		for (int i = 0; i < text.length; i++) {
			result[i] = (byte) (text[i] ^ pad[i % pad.length]);
		}
		return result;
	}
}
