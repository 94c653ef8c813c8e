package org.leoprotocol.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.evidence.ledger.MerkleHash;

/**
 * One entry of the custody ledger: leaf {@code position} of its Merkle tree. The entry's bytes are a version tag and
 * each field with a four-byte length before it, so no field's content can be read as another's.
 */
public record CustodyEvent(long position, UUID id, Instant occurredAt, EvidenceId evidenceId, CustodyAction action,
		String actor, String detail) {

	static final String FORMAT = "leo-custody-event/v1";
	private static final byte[] FORMAT_BYTES = FORMAT.getBytes(StandardCharsets.UTF_8);

	/** The entry as hashed into the ledger (RFC 9162 §2.1.1 "entry"). */
	public byte[] entry() {
		byte[][] fields = { FORMAT_BYTES, utf8(Long.toString(position)), utf8(id.toString()),
				utf8(occurredAt.toString()),
				utf8(evidenceId.toString()), utf8(action.name()), utf8(actor), utf8(detail) };
		int length = 0;
		for (byte[] field : fields) {
			length += 4 + field.length;
		}
		ByteBuffer entry = ByteBuffer.allocate(length);
		for (byte[] field : fields) {
			entry.putInt(field.length).put(field);
		}
		return entry.array();
	}

	private static byte[] utf8(String field) {
		return field.getBytes(StandardCharsets.UTF_8);
	}

	public byte[] leafHash() {
		return MerkleHash.leaf(entry());
	}
}
