package org.leoprotocol.evidence;

import java.util.List;
import java.util.function.Function;

import org.leoprotocol.evidence.ledger.MerkleTree;

import org.springframework.stereotype.Component;

/**
 * This node's copy of the ledger's Merkle tree, derived from the database and never the record itself: before each use
 * it reads the leaf hashes appended since (by any node), so every node answers alike.
 */
@Component
class LedgerTree {

	private final CustodyEvents events;
	private final MerkleTree tree = new MerkleTree();

	LedgerTree(CustodyEvents events) {
		this.events = events;
	}

	synchronized <T> T read(Function<MerkleTree, T> question) {
		events.leafHashesFrom(tree.size(), tree::append);
		return question.apply(tree);
	}

	long size() {
		return read(MerkleTree::size);
	}

	byte[] root(long size) {
		return read(t -> t.root(size));
	}

	List<byte[]> inclusionProof(long position, long size) {
		return read(t -> t.inclusionProof(position, size));
	}

	List<byte[]> consistencyProof(long first, long second) {
		return read(t -> t.consistencyProof(first, second));
	}
}
