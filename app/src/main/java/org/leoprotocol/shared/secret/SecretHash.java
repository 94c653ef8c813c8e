package org.leoprotocol.shared.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one way Leo keeps a secret it must recognise later without being able to give it back: the SHA-256 (FIPS 180-4)
 * of the secret's UTF-8 bytes. A fast hash is enough here because every secret hashed this way is either long and
 * random (API tokens, access keys, link tokens: no one can guess their way back) or only needs to be recognised, not
 * hidden from a determined guesser (client addresses in throttles and lockout counters). Passwords are never hashed
 * here; they need a slow, salted hash.
 * <p>
 * Callers prefix the secret with a purpose ({@code "login-source:"}, {@code "engagement:"}) where the same text could
 * be hashed for two purposes, so that a hash from one table says nothing about another. The bytes are exactly those of
 * {@code MessageDigest.getInstance("SHA-256").digest(secret.getBytes(UTF_8))}, so hashes already stored keep matching.
 */
public final class SecretHash {

	private SecretHash() {
	}

	/** The 32 bytes of the SHA-256 of the secret's UTF-8 encoding. */
	public static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
		}
	}

	/** The same hash as 64 lower-case hexadecimal digits, as text columns keep it. */
	public static String sha256Hex(String secret) {
		return HexFormat.of().formatHex(sha256(secret));
	}
}
