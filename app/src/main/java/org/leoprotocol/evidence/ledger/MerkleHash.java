package org.leoprotocol.evidence.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The two hashes of a Certificate Transparency log (RFC 6962 §2.1, RFC 9162 §2.1.1): a leaf is
 * {@code SHA-256(0x00 || entry)}, an interior node {@code SHA-256(0x01 || left || right)}. The distinct prefixes keep a
 * leaf from ever being passed off as a node (second-preimage resistance).
 */
public final class MerkleHash {

	public static final int SIZE = 32;

	private static final byte LEAF = 0x00;
	private static final byte NODE = 0x01;

	private MerkleHash() {
	}

	public static byte[] leaf(byte[] entry) {
		MessageDigest sha256 = sha256();
		sha256.update(LEAF);
		return sha256.digest(entry);
	}

	public static byte[] node(byte[] left, byte[] right) {
		MessageDigest sha256 = sha256();
		sha256.update(NODE);
		sha256.update(left);
		return sha256.digest(right);
	}

	/** The root of the empty tree: the hash of no input at all. */
	public static byte[] empty() {
		return sha256().digest();
	}

	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}
}
