package org.leoprotocol.evidence.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A C2SP signed note: a UTF-8 text ending in a newline, a blank line, then one or more signature lines. Signers that a
 * verifier does not know are ignored, so a log's checkpoint can gather witness cosignatures beside the log's own
 * signature without changing what the log signed.
 */
public record SignedNote(String body, List<NoteSignature> signatures) {

	public SignedNote {
		if (!body.endsWith("\n")) {
			throw new IllegalArgumentException("A note's text ends with a newline");
		}
		signatures = List.copyOf(signatures);
	}

	public static SignedNote parse(String text) {
		int split = text.lastIndexOf("\n\n");
		if (split < 0) {
			throw new IllegalArgumentException("Not a signed note: no blank line before the signatures");
		}
		List<NoteSignature> signatures = new ArrayList<>();
		for (String line : text.substring(split + 2).split("\n", -1)) {
			if (!line.isEmpty()) {
				signatures.add(NoteSignature.parse(line)
					.orElseThrow(
							() -> new IllegalArgumentException("Not a signed note: malformed signature line " + line)));
			}
		}
		if (signatures.isEmpty()) {
			throw new IllegalArgumentException("Not a signed note: it carries no signature");
		}
		return new SignedNote(text.substring(0, split + 1), signatures);
	}

	public String text() {
		StringBuilder text = new StringBuilder(body).append('\n');
		signatures.forEach(s -> text.append(s.line()));
		return text.toString();
	}

	/** The valid signature of {@code key}, if the note carries one. */
	public Optional<NoteSignature> signedBy(VerifierKey key) {
		return signatures.stream().filter(s -> s.verifies(key, body)).findFirst();
	}

	public SignedNote with(NoteSignature signature) {
		List<NoteSignature> all = new ArrayList<>(signatures);
		all.removeIf(s -> s.name().equals(signature.name()) && java.util.Arrays.equals(s.keyId(), signature.keyId()));
		all.add(signature);
		return new SignedNote(body, all);
	}
}
