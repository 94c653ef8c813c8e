package org.leoprotocol.evidence.ledger;

/**
 * The levels of the tree that are stored: the leaves and every {@value #STRIDE}th level above them. A subtree at a
 * level in between is hashed from the stored level below it, at most {@code 2^(STRIDE-1)} hashes, so storing about one
 * node for every {@code 2^STRIDE - 1} leaves is enough to answer any root or proof with a few hundred hashes at most.
 */
public final class KeptLevels implements SubtreeHashes {

	public static final int STRIDE = 4;

	private final SubtreeHashes stored;

	/** Answers from {@code stored}, which is only ever asked for subtrees at kept levels. */
	public KeptLevels(SubtreeHashes stored) {
		this.stored = stored;
	}

	public static boolean kept(int level) {
		return level % STRIDE == 0;
	}

	@Override
	public byte[] hash(Subtree subtree) {
		if (kept(subtree.level())) {
			return stored.hash(subtree);
		}
		return MerkleHash.node(hash(subtree.left()), hash(subtree.right()));
	}
}
