package org.leoprotocol.evidence.ledger;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The body of a C2SP tlog-witness {@code add-checkpoint} request: {@code old <size>} (the size of the checkpoint the
 * log believes the witness last cosigned), the RFC 9162 consistency proof from that size, one Base64 hash a line, a
 * blank line, then the new signed checkpoint.
 */
public record WitnessRequest(long oldSize, List<byte[]> proof, String checkpoint) {

	public WitnessRequest {
		proof = List.copyOf(proof);
	}

	public String text() {
		StringBuilder text = new StringBuilder("old ").append(oldSize).append('\n');
		proof.forEach(hash -> text.append(Base64.getEncoder().encodeToString(hash)).append('\n'));
		return text.append('\n').append(checkpoint).toString();
	}

	public static WitnessRequest parse(String text) {
		int blank = text.indexOf("\n\n");
		if (!text.startsWith("old ") || blank < 0) {
			throw new IllegalArgumentException(
					"An add-checkpoint request starts with 'old <size>', then the proof and a blank line");
		}
		String[] lines = text.substring(0, blank).split("\n", -1);
		if (!lines[0].matches("old (0|[1-9][0-9]{0,18})") || lines.length > 64) {
			throw new IllegalArgumentException("Malformed 'old' line or too long a proof");
		}
		List<byte[]> proof = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			byte[] hash = Base64.getDecoder().decode(lines[i]);
			if (hash.length != MerkleHash.SIZE) {
				throw new IllegalArgumentException("Proof line " + i + " is not a 32-byte hash");
			}
			proof.add(hash);
		}
		return new WitnessRequest(Long.parseLong(lines[0].substring(4)), proof, text.substring(blank + 2));
	}
}
