package org.leoprotocol.evidence.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A public key as the C2SP signed-note specification names it: {@code <name>+<key id in hex>+<base64(type ||
 * key)>}. The key id is the first four bytes of {@code SHA-256(name || 0x0A || type || key)}, so a signature line says
 * which key made it. Type {@link #ED25519} (0x01) signs notes such as checkpoints; type {@link #COSIGNATURE} (0x04,
 * C2SP tlog-cosignature) is a witness's key, whose signatures cover a timestamp and the checkpoint.
 */
@SuppressWarnings("ArrayRecordComponent") // key bytes compared with Arrays.equals where they matter; never by the
											// record's equals
public record VerifierKey(String name, byte type, byte[] key) {

	public static final byte ED25519 = 0x01;
	public static final byte COSIGNATURE = 0x04;

	/** The fixed DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4), before the 32 key bytes. */
	private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

	public VerifierKey {
		if (name.isEmpty() || name.contains("+") || name.chars().anyMatch(c -> Character.isWhitespace(c))) {
			throw new IllegalArgumentException("A key name has no spaces and no '+': " + name);
		}
		if (key.length != 32) {
			throw new IllegalArgumentException("An Ed25519 public key has 32 bytes, not " + key.length);
		}
	}

	/** The key of {@code name} from a Java (X.509 SubjectPublicKeyInfo) encoding. */
	public static VerifierKey of(String name, byte type, byte[] x509) {
		return new VerifierKey(name, type, Arrays.copyOfRange(x509, x509.length - 32, x509.length));
	}

	/** Reads the {@code name+hex+base64} text form. */
	public static VerifierKey parse(String text) {
		String[] parts = text.strip().split("\\+", 3);
		if (parts.length != 3) {
			throw new IllegalArgumentException("A verifier key reads name+keyid+base64key");
		}
		byte[] typed = Base64.getDecoder().decode(parts[2]);
		if (typed.length != 33) {
			throw new IllegalArgumentException("The verifier key of " + parts[0] + " is not an Ed25519 key");
		}
		VerifierKey key = new VerifierKey(parts[0], typed[0], Arrays.copyOfRange(typed, 1, 33));
		if (!key.idHex().equals(parts[1])) {
			throw new IllegalArgumentException(
					"The verifier key of " + parts[0] + " carries the wrong key id " + parts[1]);
		}
		return key;
	}

	public byte[] id() {
		MessageDigest sha256 = MerkleHash.sha256();
		sha256.update(name.getBytes(StandardCharsets.UTF_8));
		sha256.update((byte) 0x0A);
		sha256.update(type);
		return Arrays.copyOf(sha256.digest(key), 4);
	}

	public String idHex() {
		return HexFormat.of().formatHex(id());
	}

	public byte[] x509() {
		byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
		System.arraycopy(key, 0, encoded, X509_PREFIX.length, 32);
		return encoded;
	}

	/** Whether {@code signature} is this key's Ed25519 signature (RFC 8032) of {@code message}. */
	public boolean verifies(byte[] message, byte[] signature) {
		try {
			PublicKey publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509()));
			Signature ed25519 = Signature.getInstance("Ed25519");
			ed25519.initVerify(publicKey);
			ed25519.update(message);
			return ed25519.verify(signature);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public String toString() {
		byte[] typed = new byte[33];
		typed[0] = type;
		System.arraycopy(key, 0, typed, 1, 32);
		return name + "+" + idHex() + "+" + Base64.getEncoder().encodeToString(typed);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof VerifierKey k && k.name.equals(name) && k.type == type && Arrays.equals(k.key, key);
	}

	@Override
	public int hashCode() {
		return name.hashCode() * 31 + Arrays.hashCode(key);
	}
}
