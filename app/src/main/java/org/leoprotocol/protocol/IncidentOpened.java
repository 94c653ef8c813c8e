package org.leoprotocol.protocol;

import java.time.Instant;

/** Published when an incident is opened; carries no personal data. */
public record IncidentOpened(IncidentId incidentId, IncidentKind kind, Priority priority, int protocolVersion,
		Instant reportedAt) {
}
