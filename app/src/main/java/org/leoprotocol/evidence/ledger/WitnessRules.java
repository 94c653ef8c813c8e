package org.leoprotocol.evidence.ledger;

import java.util.Optional;

/**
 * What a C2SP tlog-witness answers to an {@code add-checkpoint} request, given the log's public key and the last
 * checkpoint it cosigned for that log: 403 when the log's signature is missing or wrong, 400 when {@code old} is larger
 * than the new size, 409 (with the witness's size) when {@code old} is not the size the witness last saw, 422 when the
 * consistency proof fails (a fork or a rewrite) and otherwise a cosignature of the new checkpoint, which then becomes
 * the witness's state. A witness only ever moves forward along one history.
 */
public final class WitnessRules {

	private WitnessRules() {
	}

	/**
	 * Judges a request to cosign a checkpoint of the log whose key is {@code logKey}.
	 * @param seen the checkpoint the witness last cosigned for this log, if any
	 */
	public static WitnessVerdict judge(WitnessRequest request, VerifierKey logKey, Optional<Checkpoint> seen) {
		SignedNote note;
		Checkpoint checkpoint;
		try {
			note = SignedNote.parse(request.checkpoint());
			checkpoint = Checkpoint.parse(note.body());
		}
		catch (IllegalArgumentException ex) {
			return WitnessVerdict.refuse(400, ex.getMessage());
		}
		if (!checkpoint.origin().equals(logKey.name())) {
			return WitnessVerdict.refuse(404, "This witness does not know the log " + checkpoint.origin());
		}
		if (note.signedBy(logKey).isEmpty()) {
			return WitnessVerdict.refuse(403, "The checkpoint is not signed by the known key of " + logKey.name());
		}
		if (request.oldSize() > checkpoint.size()) {
			return WitnessVerdict.refuse(400,
					"old " + request.oldSize() + " is larger than the checkpoint's size " + checkpoint.size());
		}
		long seenSize = seen.map(Checkpoint::size).orElse(0L);
		if (request.oldSize() != seenSize) {
			return WitnessVerdict.refuse(409, Long.toString(seenSize));
		}
		byte[] seenRoot = seen.map(Checkpoint::rootHash).orElse(MerkleHash.empty());
		if (!MerkleProofs.verifyConsistency(seenSize, checkpoint.size(), seenRoot, checkpoint.rootHash(),
				request.proof())) {
			return WitnessVerdict.refuse(422, "The consistency proof from size " + seenSize + " to " + checkpoint.size()
					+ " does not hold: this is not the history the witness saw");
		}
		return new WitnessVerdict(200, "cosigned", Optional.of(checkpoint));
	}
}
