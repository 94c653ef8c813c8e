package org.leoprotocol.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;

/** A stored finding of gap analysis. */
public record ProtocolFinding(UUID id, IncidentId incidentId, FindingKind kind, OfficerId officer, Duration measured,
		String summary, Instant recordedAt) {
}
