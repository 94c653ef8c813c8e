package org.leoprotocol.evidence.ledger;

import java.util.Optional;

/**
 * A witness's decision on a request to cosign a log's checkpoint (C2SP tlog-witness): the HTTP status that answers it,
 * why, and on success the checkpoint to cosign and remember.
 */
public record WitnessVerdict(int status, String reason, Optional<Checkpoint> cosign) {

	static WitnessVerdict refuse(int status, String reason) {
		return new WitnessVerdict(status, reason, Optional.empty());
	}
}
