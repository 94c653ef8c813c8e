package org.leoprotocol.evidence.ledger;

/** Where the hash of a complete, aligned {@link Subtree} is found: in memory, in the database, or computed. */
@FunctionalInterface
public interface SubtreeHashes {

	byte[] hash(Subtree subtree);
}
