package org.leoprotocol.conflicts;

import java.time.Instant;

/**
 * A decision taken before its decider declared a relation that conflicts with it: to be reviewed, not silently kept.
 */
public record FlaggedAction(String caseNumber, String username, String action, Conflict reason, Instant takenAt,
		Instant flaggedAt) {
}
