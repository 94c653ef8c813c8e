package org.leoprotocol.access.factor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HOTP (RFC 4226) and TOTP (RFC 6238), the codes an authenticator app shows. HOTP is the HMAC of an 8-byte counter, cut
 * down by "dynamic truncation" (RFC 4226 section 5.3) to a number of {@code digits} decimal digits. TOTP is HOTP with
 * the counter taken as the number of {@code period}-second steps since the Unix epoch (RFC 6238 section 4.2).
 * HMAC-SHA-1, six digits and 30 seconds are what every authenticator app supports.
 */
public record OneTimePasswords(String algorithm, int digits, long periodSeconds) {

	public static final OneTimePasswords AUTHENTICATOR_APPS = new OneTimePasswords("HmacSHA1", 6, 30);

	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

	public OneTimePasswords {
		if (digits < 6 || digits > 8 || periodSeconds < 1) {
			throw new IllegalArgumentException("6 to 8 digits and a period of at least a second");
		}
	}

	/** The time step an instant falls in (RFC 6238: T = floor((Unix time - T0) / X), T0 = 0). */
	public long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), periodSeconds);
	}

	/** The TOTP code at an instant. */
	public String at(byte[] key, Instant at) {
		return hotp(key, step(at));
	}

	/** The HOTP code for a counter value, left-padded with zeros to {@code digits}. */
	public String hotp(byte[] key, long counter) {
		byte[] hash = mac(key, ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
		int offset = hash[hash.length - 1] & 0x0f;
		int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16 | (hash[offset + 2] & 0xff) << 8
				| (hash[offset + 3] & 0xff);
		String code = Integer.toString(binary % POWERS[digits]);
		return "0".repeat(digits - code.length()) + code;
	}

	private byte[] mac(byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, algorithm));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC " + algorithm + " is not available", e);
		}
	}
}
