package org.leoprotocol.investigations;

import java.time.Instant;

/**
 * One finding as recorded: the canonical finding, the agency's own code for it, the reason, who and when. Never
 * changed; a later record of the same stage supersedes it and both stay in the history.
 */
public record FindingRecord(AllegationId allegationId, FindingStage stage, Finding finding, String agencyCode,
		String reason, String recordedBy, Instant recordedAt) {
}
