package org.leoprotocol.personnel;

import java.time.Instant;

/** Published when an officer's employment status changes; the case reference ties it to an investigation. */
public record OfficerStatusChanged(OfficerId officerId, OfficerStatus from, OfficerStatus to, Instant changedAt,
		String caseReference) {
}
