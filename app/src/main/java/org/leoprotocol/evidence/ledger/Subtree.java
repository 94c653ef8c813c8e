package org.leoprotocol.evidence.ledger;

/**
 * A complete, aligned subtree of the ledger's Merkle tree: at {@code level} 0 a single leaf, at level {@code l} the
 * {@code 2^l} leaves from {@code index·2^l} on. Its hash never changes once its last leaf is appended (RFC 9162 §2.1.1
 * splits every tree into such subtrees), which is why it may be kept anywhere and read back at any time.
 */
public record Subtree(int level, long index) {

	public Subtree {
		if (level < 0 || level > 62 || index < 0) {
			throw new IllegalArgumentException("No subtree at level " + level + ", index " + index);
		}
	}

	/** The two halves, one level down. */
	Subtree left() {
		return new Subtree(level - 1, index * 2);
	}

	Subtree right() {
		return new Subtree(level - 1, index * 2 + 1);
	}
}
