package org.leoprotocol.evidence.custody;

import org.leoprotocol.evidence.custody.CustodyEvents.Stored;

/** A custody event as stored, and the leaf hash its content has now, for the ledger's verification to compare. */
@SuppressWarnings("ArrayRecordComponent") // a hash handed from the hashing worker to the check; never compared whole
record HashedEvent(Stored stored, byte[] leaf) {
}
