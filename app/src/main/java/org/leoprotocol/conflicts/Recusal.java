package org.leoprotocol.conflicts;

import java.time.Instant;

/**
 * A decider stepped aside from a case for a conflict of interest: who, for which of their roles, why, and the alternate
 * the decision passed to (null while none is designated).
 */
public record Recusal(String caseNumber, String username, String decidingRole, Conflict reason, String alternate,
		Instant recusedAt) {
}
