package org.leoprotocol.personnel;

import java.time.Instant;

/**
 * One entry of an officer's status history. It is never edited or deleted; a mistaken change is corrected by a further
 * change that says so.
 *
 * @param caseReference the investigation or hearing that ordered the change, when there is one
 */
public record StatusChange(Instant changedAt, OfficerStatus from, OfficerStatus to, String reason, String changedBy,
		String caseReference) {
}
