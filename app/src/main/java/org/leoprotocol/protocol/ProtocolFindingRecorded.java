package org.leoprotocol.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;

/**
 * Published when gap analysis records a finding on an incident, for investigations and early warning: what was found,
 * the officer concerned, how long the gap was, and what a reader is told of it: {@code summary} is the finding's
 * sentence as a column keeps it ({@code incident-finding.X|argument|argument}, see
 * {@link org.leoprotocol.shared.phrase.Sentence#stored()}), so that whoever shows it says it in the reader's language.
 */
public record ProtocolFindingRecorded(UUID findingId, IncidentId incidentId, FindingKind kind, OfficerId officerId,
		Duration measured, String summary, Instant recordedAt) {
}
