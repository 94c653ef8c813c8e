package org.leoprotocol.evidence.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * Roots and proofs of RFC 9162 built from the hashes of complete, aligned subtrees, wherever they are kept: MTH of the
 * first {@code n} leaves (§2.1.1), the inclusion proof PATH (§2.1.3.1) and the consistency proof PROOF (§2.1.4.1). Each
 * splits a range of leaves at the largest power of two below its length until the pieces are complete subtrees, so a
 * root or proof asks for O(log n) subtree hashes. {@link MerkleTree} answers with it from memory, the custody ledger
 * from the subtrees stored in PostgreSQL.
 */
public final class MerklePaths {

	private final SubtreeHashes hashes;
	private final long available;

	/** @param available how many leaves the tree holds: larger sizes are refused */
	public MerklePaths(SubtreeHashes hashes, long available) {
		this.hashes = hashes;
		this.available = available;
	}

	/** MTH(D[0:n]), the root hash of the first {@code treeSize} leaves. */
	public byte[] root(long treeSize) {
		requireSize(treeSize);
		return treeSize == 0 ? MerkleHash.empty() : hash(0, treeSize);
	}

	/** PATH(m, D[0:n]): the sibling hashes from leaf {@code index} up to the root of the first {@code treeSize}. */
	public List<byte[]> inclusionProof(long index, long treeSize) {
		requireSize(treeSize);
		if (index < 0 || index >= treeSize) {
			throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + treeSize + " leaves");
		}
		List<byte[]> proof = new ArrayList<>();
		path(index, 0, treeSize, proof);
		return proof;
	}

	/** PROOF(m, D[0:n]): shows that the tree of {@code first} leaves is a prefix of the tree of {@code second}. */
	public List<byte[]> consistencyProof(long first, long second) {
		requireSize(second);
		if (first < 0 || first > second) {
			throw new IllegalArgumentException("No consistency proof from size " + first + " to size " + second);
		}
		List<byte[]> proof = new ArrayList<>();
		if (first > 0 && first < second) {
			subproof(first, 0, second, true, proof);
		}
		return proof;
	}

	private void path(long index, long from, long to, List<byte[]> proof) {
		long n = to - from;
		if (n == 1) {
			return;
		}
		long k = largestPowerOfTwoBelow(n);
		if (index < k) {
			path(index, from, from + k, proof);
			proof.add(hash(from + k, to));
		}
		else {
			path(index - k, from + k, to, proof);
			proof.add(hash(from, from + k));
		}
	}

	private void subproof(long m, long from, long to, boolean complete, List<byte[]> proof) {
		long n = to - from;
		if (m == n) {
			if (!complete) {
				proof.add(hash(from, to));
			}
			return;
		}
		long k = largestPowerOfTwoBelow(n);
		if (m <= k) {
			subproof(m, from, from + k, complete, proof);
			proof.add(hash(from + k, to));
		}
		else {
			subproof(m - k, from + k, to, false, proof);
			proof.add(hash(from, from + k));
		}
	}

	private byte[] hash(long from, long to) {
		long n = to - from;
		if (Long.bitCount(n) == 1) {
			int level = Long.numberOfTrailingZeros(n);
			return hashes.hash(new Subtree(level, from >> level));
		}
		long k = largestPowerOfTwoBelow(n);
		return MerkleHash.node(hash(from, from + k), hash(from + k, to));
	}

	static long largestPowerOfTwoBelow(long n) {
		return Long.highestOneBit(n - 1);
	}

	private void requireSize(long treeSize) {
		if (treeSize < 0 || treeSize > available) {
			throw new IllegalArgumentException("The ledger has " + available + " events, not " + treeSize);
		}
	}
}
