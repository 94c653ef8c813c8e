package org.leoprotocol.protocol;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published when an approved amendment of an incident's record changed its findings: those withdrawn (the record no
 * longer supports them; they stay on record, marked) and those added from the amended record, with the amendment's
 * reason. Early warning recomputes the officers concerned from it. Body-camera footage that reaches the timeline
 * revises findings the same way; then {@code amendmentId} is null and the reason names the evidence item.
 */
public record ProtocolFindingsRevised(IncidentId incidentId, UUID amendmentId, List<ProtocolFinding> withdrawn,
		List<ProtocolFinding> added, String reason, Instant revisedAt) {

	public ProtocolFindingsRevised {
		withdrawn = List.copyOf(withdrawn);
		added = List.copyOf(added);
	}
}
