package org.leoprotocol.evidence.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The right edge of an append-only Merkle tree: for each set bit {@code l} of its size, the hash of the complete
 * subtree of {@code 2^l} leaves that bit stands for. That is all an append needs (it closes the subtrees it completes
 * and hands them to whoever keeps them) and all the current root needs, so the memory it takes depends on the number of
 * bits in the size, at most 63 hashes, and never on how many leaves the tree has (the "compact range" of Certificate
 * Transparency logs). Not thread-safe.
 */
public final class MerkleFrontier {

	private final byte[][] edge = new byte[63][];
	private long size;

	public MerkleFrontier() {
	}

	/** The frontier of a tree of {@code size} leaves, read from where its complete subtrees are kept. */
	public static MerkleFrontier of(long size, SubtreeHashes hashes) {
		MerkleFrontier frontier = new MerkleFrontier();
		for (Subtree subtree : edge(size)) {
			frontier.edge[subtree.level()] = hashes.hash(subtree);
		}
		frontier.size = size;
		return frontier;
	}

	/** The complete subtrees that make up the right edge of a tree of {@code size} leaves, lowest first. */
	public static List<Subtree> edge(long size) {
		List<Subtree> subtrees = new ArrayList<>();
		for (int level = 0; level < 63; level++) {
			if ((size >> level & 1) == 1) {
				subtrees.add(new Subtree(level, (size >> level) - 1));
			}
		}
		return subtrees;
	}

	public MerkleFrontier copy() {
		MerkleFrontier copy = new MerkleFrontier();
		System.arraycopy(edge, 0, copy.edge, 0, edge.length);
		copy.size = size;
		return copy;
	}

	public long size() {
		return size;
	}

	/** How many hashes it holds: one per set bit of the size. */
	public int retainedHashes() {
		int retained = 0;
		for (byte[] hash : edge) {
			retained += hash == null ? 0 : 1;
		}
		return retained;
	}

	/**
	 * Appends a leaf hash ({@link MerkleHash#leaf}); each subtree of two or more leaves that it completes goes to
	 * {@code completed}, with its hash.
	 */
	public void append(byte[] leafHash, Consumer<CompletedSubtree> completed) {
		byte[] carry = leafHash.clone();
		long index = size;
		int level = 0;
		while ((index & 1) == 1) {
			carry = MerkleHash.node(edge[level], carry);
			edge[level] = null;
			index >>= 1;
			level++;
			completed.accept(new CompletedSubtree(new Subtree(level, index), carry));
		}
		edge[level] = carry;
		size++;
	}

	/** The hash of a subtree on the edge, or null when it is not one of them. */
	public byte[] onEdge(Subtree subtree) {
		byte[] hash = edge[subtree.level()];
		return hash != null && subtree.index() == (size >> subtree.level()) - 1 ? hash.clone() : null;
	}

	/** MTH of the whole tree: the edge folded from its smallest subtree up. */
	public byte[] root() {
		byte[] root = null;
		for (byte[] hash : edge) {
			if (hash != null) {
				root = root == null ? hash : MerkleHash.node(hash, root);
			}
		}
		return root == null ? MerkleHash.empty() : root.clone();
	}
}
