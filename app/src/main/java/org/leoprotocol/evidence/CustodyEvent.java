package org.leoprotocol.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.evidence.ledger.MerkleHash;

/**
 * One entry of the custody ledger: leaf {@code position} of its Merkle tree. The entry's bytes are a version tag
 * and each field with a four-byte length before it, so no field's content can be read as another's.
 */
public record CustodyEvent(long position, UUID id, Instant occurredAt, EvidenceId evidenceId, CustodyAction action,
		String actor, String detail) {

	static final String FORMAT = "leo-custody-event/v1";

	/** The entry as hashed into the ledger (RFC 9162 §2.1.1 "entry"). */
	public byte[] entry() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256);
		for (String field : new String[] { FORMAT, Long.toString(position), id.toString(), occurredAt.toString(),
				evidenceId.toString(), action.name(), actor, detail }) {
			byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
			out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
			out.writeBytes(bytes);
		}
		return out.toByteArray();
	}

	public byte[] leafHash() {
		return MerkleHash.leaf(entry());
	}
}
