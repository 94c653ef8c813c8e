package org.leoprotocol.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;

/**
 * Published when gap analysis records a finding on an incident, for investigations and early warning: what was found,
 * the officer concerned, how long the gap was, and a sentence for people to read.
 */
public record ProtocolFindingRecorded(UUID findingId, IncidentId incidentId, FindingKind kind, OfficerId officerId,
		Duration measured, String summary, Instant recordedAt) {
}
