package org.leoprotocol.evidence.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A tree head: the ledger's size and root hash at an instant. Signed, it is a checkpoint (RFC 9162 §4.10, C2SP
 * tlog-checkpoint): whoever keeps one can later demand a consistency proof and so detect any rewrite of history.
 */
@SuppressWarnings("ArrayRecordComponent") // hash bytes compared with Arrays.equals where they matter; never by the
											// record's equals
public record TreeHead(long treeSize, byte[] rootHash, Instant issuedAt) {

	/** The log's name in every checkpoint, so a signature cannot be replayed for another log. */
	public static final String ORIGIN = "leo-custody-ledger/v1";

	/** The exact bytes that are signed: the checkpoint body, one field a line. */
	public byte[] signedBytes() {
		String body = ORIGIN + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n" + issuedAt
				+ "\n";
		return body.getBytes(StandardCharsets.UTF_8);
	}
}
