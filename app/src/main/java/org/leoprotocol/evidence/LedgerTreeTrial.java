package org.leoprotocol.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.leoprotocol.evidence.ledger.KeptLevels;
import org.leoprotocol.evidence.ledger.MerkleFrontier;
import org.leoprotocol.evidence.ledger.MerkleHash;
import org.leoprotocol.evidence.ledger.MerklePaths;
import org.leoprotocol.evidence.ledger.MerkleProofs;
import org.leoprotocol.evidence.ledger.MerkleTree;
import org.leoprotocol.evidence.ledger.Subtree;

/**
 * The custody ledger's Merkle tree (RFC 9162, section 2.1) held in memory in the two shapes a node can keep it: whole,
 * every leaf and interior hash; or only its right edge, while the subtrees of the kept levels (and the leaves) are
 * stored elsewhere, here in a map standing in for PostgreSQL. The ledger's benchmarks measure appends, proofs and
 * retained heap through it; the ledger itself does not use it.
 */
public final class LedgerTreeTrial {

	private LedgerTreeTrial() {
	}

	/** The leaf hash of a ledger entry's bytes. */
	public static byte[] leafHash(byte[] entry) {
		return MerkleHash.leaf(entry);
	}

	/** Whether {@code proof} shows the leaf at {@code index} in the tree of {@code size} leaves with that root. */
	public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
		return MerkleProofs.verifyInclusion(index, size, leafHash, proof, root);
	}

	/** An empty tree kept whole. */
	public static Whole whole() {
		return new Whole();
	}

	/** An empty tree kept as its right edge; with {@code storing}, the kept subtrees go to a map. */
	public static RightEdge rightEdge(boolean storing) {
		return new RightEdge(storing);
	}

	/** The whole tree: every leaf and interior hash in memory. */
	public static final class Whole {

		private final MerkleTree tree = new MerkleTree();

		public void append(byte[] leafHash) {
			tree.append(leafHash);
		}

		public long size() {
			return tree.size();
		}

		public byte[] leaf(long index) {
			return tree.leaf(index);
		}

		public byte[] root(long size) {
			return tree.root(size);
		}

		public List<byte[]> inclusionProof(long index, long size) {
			return tree.inclusionProof(index, size);
		}
	}

	/** The right edge in memory; the subtrees of the kept levels in a map when storing. */
	public static final class RightEdge {

		private final MerkleFrontier frontier = new MerkleFrontier();
		private final Map<Subtree, byte[]> stored;
		private int keptSubtrees;

		private RightEdge(boolean storing) {
			this.stored = storing ? new HashMap<>() : null;
		}

		public void append(byte[] leafHash) {
			frontier.append(leafHash, done -> {
				if (stored != null && KeptLevels.kept(done.subtree().level())) {
					stored.put(done.subtree(), done.hash());
					keptSubtrees++;
				}
			});
		}

		/** The hashes the edge itself holds: what a node keeps in memory. */
		public int retainedHashes() {
			return frontier.retainedHashes();
		}

		/** Stores the leaves of {@code tree} beside the kept subtrees, as the ledger's rows hold them. */
		public void storeLeaves(Whole tree) {
			for (long index = 0; index < tree.size(); index++) {
				stored.put(new Subtree(0, index), tree.leaf(index));
			}
		}

		/** The subtree rows of the kept levels stored so far, leaves not counted. */
		public int keptSubtrees() {
			return keptSubtrees;
		}

		/** An inclusion proof read from the stored subtrees, the way a node answers one from its database. */
		public List<byte[]> inclusionProof(long index, long size) {
			if (stored == null) {
				throw new IllegalStateException("This edge stores nothing to prove from");
			}
			return new MerklePaths(new KeptLevels(stored::get), frontier.size()).inclusionProof(index, size);
		}
	}
}
