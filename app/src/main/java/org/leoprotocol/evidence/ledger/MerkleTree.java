package org.leoprotocol.evidence.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only Merkle tree of leaf hashes that answers for every earlier size too: the root of the first {@code n}
 * leaves (RFC 9162 §2.1.1), an inclusion proof of leaf {@code i} in that tree (§2.1.3.1) and a consistency proof
 * between two sizes (§2.1.4.1).
 * <p>
 * It keeps the hash of every complete, aligned subtree, level by level, so an append costs one leaf hash and on average
 * one node hash, and any root or proof costs O(log n) node hashes. Not thread-safe.
 */
public final class MerkleTree {

	private final List<HashColumn> levels = new ArrayList<>();

	public MerkleTree() {
		levels.add(new HashColumn());
	}

	public long size() {
		return levels.get(0).size();
	}

	/** Appends a leaf hash ({@link MerkleHash#leaf}), completing every subtree it closes. */
	public void append(byte[] leafHash) {
		long index = size();
		levels.get(0).add(leafHash);
		for (int level = 0; (index & 1) == 1; level++, index >>= 1) {
			if (levels.size() == level + 1) {
				levels.add(new HashColumn());
			}
			HashColumn column = levels.get(level);
			levels.get(level + 1).add(MerkleHash.node(column.get(index - 1), column.get(index)));
		}
	}

	public byte[] leaf(long index) {
		return levels.get(0).get(index);
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
			return levels.get(level).get(from >> level);
		}
		long k = largestPowerOfTwoBelow(n);
		return MerkleHash.node(hash(from, from + k), hash(from + k, to));
	}

	static long largestPowerOfTwoBelow(long n) {
		return Long.highestOneBit(n - 1);
	}

	private void requireSize(long treeSize) {
		if (treeSize < 0 || treeSize > size()) {
			throw new IllegalArgumentException("The ledger has " + size() + " events, not " + treeSize);
		}
	}

	/** 32-byte hashes packed into large arrays, so a million leaves cost 32 MB and no million objects. */
	private static final class HashColumn {

		private static final int PER_CHUNK = 1 << 15;

		private final List<byte[]> chunks = new ArrayList<>();
		private long size;

		void add(byte[] hash) {
			int offset = (int) (size % PER_CHUNK);
			if (offset == 0) {
				chunks.add(new byte[PER_CHUNK * MerkleHash.SIZE]);
			}
			System.arraycopy(hash, 0, chunks.get(chunks.size() - 1), offset * MerkleHash.SIZE, MerkleHash.SIZE);
			size++;
		}

		byte[] get(long index) {
			byte[] hash = new byte[MerkleHash.SIZE];
			System.arraycopy(chunks.get((int) (index / PER_CHUNK)), (int) (index % PER_CHUNK) * MerkleHash.SIZE, hash,
					0,
					MerkleHash.SIZE);
			return hash;
		}

		long size() {
			return size;
		}
	}
}
