package org.leoprotocol.evidence.ledger;

import java.util.Base64;

/**
 * The body of a C2SP tlog-checkpoint: the log's origin (its unique name), the tree size in decimal and the root hash in
 * standard Base64, one a line, each ended by a newline. Signed as a note ({@link SignedNote}), it commits the log to
 * exactly this history of {@code size} entries.
 */
@SuppressWarnings("ArrayRecordComponent") // hash bytes compared with Arrays.equals where they matter; never by the
											// record's equals
public record Checkpoint(String origin, long size, byte[] rootHash) {

	public Checkpoint {
		if (origin.isBlank() || origin.contains("\n")) {
			throw new IllegalArgumentException("A checkpoint's origin is one non-empty line");
		}
		if (size < 0 || rootHash.length != MerkleHash.SIZE) {
			throw new IllegalArgumentException("A checkpoint has a size of zero or more and a 32-byte root hash");
		}
	}

	public String body() {
		return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
	}

	/** Reads a checkpoint body; lines after the first three are extensions, which this log does not use. */
	public static Checkpoint parse(String body) {
		String[] lines = body.split("\n", -1);
		if (lines.length < 4 || !lines[1].matches("0|[1-9][0-9]{0,18}")) {
			throw new IllegalArgumentException(
					"Not a checkpoint: it needs an origin, a tree size and a root hash line");
		}
		try {
			return new Checkpoint(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Not a checkpoint: " + ex.getMessage(), ex);
		}
	}
}
