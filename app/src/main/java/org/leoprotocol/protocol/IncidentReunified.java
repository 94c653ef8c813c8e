package org.leoprotocol.protocol;

import java.time.Instant;

/**
 * Published when a person is released after a verified reunification: the kind of incident, when it was reported, when
 * an officer first engaged with the person or the reporting party ({@code null} if no engagement step was recorded) and
 * when the release happened. Carries no personal data.
 */
public record IncidentReunified(IncidentId incidentId, IncidentKind kind, Instant reportedAt, Instant firstEngagementAt,
		Instant releasedAt) {
}
