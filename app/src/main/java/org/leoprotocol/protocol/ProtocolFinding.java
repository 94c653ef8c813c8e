package org.leoprotocol.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * A stored finding of gap analysis: {@code said} is what was found as a sentence each reader reads in their own
 * language, {@code summary} the same sentence in English, as the API and the record's other readers have it.
 */
public record ProtocolFinding(UUID id, IncidentId incidentId, FindingKind kind, OfficerId officer, Duration measured,
		String summary, Instant recordedAt, Sentence said) {
}
