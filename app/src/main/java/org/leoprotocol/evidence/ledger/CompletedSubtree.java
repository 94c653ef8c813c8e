package org.leoprotocol.evidence.ledger;

/** A subtree an append has just completed, and its hash. */
@SuppressWarnings("ArrayRecordComponent") // a hash handed to the subtree store on the append path; never compared
public record CompletedSubtree(Subtree subtree, byte[] hash) {
}
