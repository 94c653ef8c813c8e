package org.leoprotocol.evidence.custody;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.leoprotocol.evidence.ledger.KeptLevels;
import org.leoprotocol.evidence.ledger.MerkleFrontier;
import org.leoprotocol.evidence.ledger.CompletedSubtree;
import org.leoprotocol.evidence.ledger.MerkleHash;
import org.leoprotocol.evidence.ledger.MerklePaths;
import org.leoprotocol.evidence.ledger.Subtree;
import org.leoprotocol.evidence.ledger.SubtreeHashes;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's Merkle tree as this node sees it, derived from the database and never the record itself. In memory it
 * keeps only the tree's right edge ({@link MerkleFrontier}, one hash per set bit of the size), so its memory does not
 * grow with the agency's history. Before each use it reads the leaves appended since (by any node) in batches, stores
 * the subtrees they complete at the kept levels ({@link KeptLevels}), and answers a root or proof from the edge and the
 * few stored subtrees it needs, read in one query. Each step runs in a transaction of its own, on committed events
 * only, so a caller's transaction that rolls back never leaves a stored subtree behind. Every node answers alike, and
 * the proofs are those of a tree held whole in memory.
 */
@Component
public class LedgerTree {

	static final int BATCH = 4096;

	private final CustodyEvents events;
	private final StoredSubtrees stored;
	private final TransactionTemplate transaction;
	private MerkleFrontier frontier = new MerkleFrontier();

	public LedgerTree(CustodyEvents events, StoredSubtrees stored, PlatformTransactionManager transactions) {
		this.events = events;
		this.stored = stored;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	synchronized long size() {
		catchUp();
		return frontier.size();
	}

	byte[] root(long size) {
		return read(paths -> paths.root(size));
	}

	List<byte[]> inclusionProof(long position, long size) {
		return read(paths -> paths.inclusionProof(position, size));
	}

	List<byte[]> consistencyProof(long first, long second) {
		return read(paths -> paths.consistencyProof(first, second));
	}

	/** How many hashes this node holds in memory for the tree: at most one per bit of its size. */
	synchronized int retainedHashes() {
		return frontier.retainedHashes();
	}

	private synchronized <T> T read(Function<MerklePaths, T> question) {
		catchUp();
		MerkleFrontier edge = frontier;
		return transaction.execute(status -> fromStore(hashes -> question.apply(paths(edge, hashes))));
	}

	/** Roots and proofs from the edge where it has them, otherwise from the kept levels. */
	private static MerklePaths paths(MerkleFrontier edge, SubtreeHashes keptLevels) {
		KeptLevels kept = new KeptLevels(keptLevels);
		return new MerklePaths(subtree -> {
			byte[] onEdge = edge.onEdge(subtree);
			return onEdge != null ? onEdge : kept.hash(subtree);
		}, edge.size());
	}

	/**
	 * Answers a question about stored subtrees in two passes: the first notes which subtrees it asks for, one query
	 * reads them all, the second answers with them.
	 */
	private <T> T fromStore(Function<SubtreeHashes, T> question) {
		Set<Subtree> wanted = new HashSet<>();
		T unused = question.apply(subtree -> {
			wanted.add(subtree);
			return new byte[MerkleHash.SIZE];
		});
		Map<Subtree, byte[]> found = wanted.isEmpty() ? Map.of() : stored.hashes(wanted);
		return question.apply(subtree -> {
			byte[] hash = found.get(subtree);
			if (hash == null) {
				throw new IllegalStateException("The ledger's stored subtree " + subtree + " is missing");
			}
			return hash;
		});
	}

	/**
	 * Brings the edge up to every committed event, a batch per transaction. If another node stored further than this
	 * one got (or this node's last batch did not commit), the edge is first read back from the stored subtrees.
	 */
	private void catchUp() {
		int appended;
		do {
			Integer batch = transaction.execute(status -> appendBatch());
			appended = batch == null ? 0 : batch;
		}
		while (appended == BATCH);
	}

	private int appendBatch() {
		long covered = stored.coveredSize();
		if (covered != frontier.size()) {
			frontier = fromStore(hashes -> MerkleFrontier.of(covered, new KeptLevels(hashes)));
		}
		List<byte[]> leaves = events.leafHashesFrom(covered, BATCH);
		if (leaves.isEmpty()) {
			return 0;
		}
		MerkleFrontier next = frontier.copy();
		List<CompletedSubtree> completed = new ArrayList<>();
		for (byte[] leaf : leaves) {
			next.append(leaf, subtree -> {
				if (KeptLevels.kept(subtree.subtree().level())) {
					completed.add(subtree);
				}
			});
		}
		stored.store(completed, next.size());
		frontier = next;
		return leaves.size();
	}
}
