package org.leoprotocol.evidence.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only Merkle tree of leaf hashes that answers for every earlier size too: the root of the first {@code n}
 * leaves (RFC 9162 §2.1.1), an inclusion proof of leaf {@code i} in that tree (§2.1.3.1) and a consistency proof
 * between two sizes (§2.1.4.1).
 * <p>
 * It keeps the hash of every complete, aligned subtree, level by level, so an append costs one leaf hash and on average
 * one node hash, and any root or proof ({@link MerklePaths}) costs O(log n) node hashes. Its memory grows with the
 * number of leaves (32 bytes a leaf and as much again for the nodes above), which suits a one-off check of the whole
 * ledger; a running node keeps only a {@link MerkleFrontier} and reads stored subtrees. Not thread-safe.
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
		return paths().root(treeSize);
	}

	/** PATH(m, D[0:n]): the sibling hashes from leaf {@code index} up to the root of the first {@code treeSize}. */
	public List<byte[]> inclusionProof(long index, long treeSize) {
		return paths().inclusionProof(index, treeSize);
	}

	/** PROOF(m, D[0:n]): shows that the tree of {@code first} leaves is a prefix of the tree of {@code second}. */
	public List<byte[]> consistencyProof(long first, long second) {
		return paths().consistencyProof(first, second);
	}

	private MerklePaths paths() {
		return new MerklePaths(subtree -> levels.get(subtree.level()).get(subtree.index()), size());
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
