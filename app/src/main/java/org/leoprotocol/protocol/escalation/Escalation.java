package org.leoprotocol.protocol.escalation;

import java.time.Duration;
import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.shared.Role;

/** A raised escalation as stored: at most one per incident, step and level (a unique constraint guarantees it). */
public record Escalation(IncidentId incidentId, String stepCode, int level, Role notified, Instant dueAt,
		Instant raisedAt,
		OfficerId responsibleOfficer) {

	/** How long after it fell due the escalation was raised. */
	public Duration lateness() {
		return raisedAt.isAfter(dueAt) ? Duration.between(dueAt, raisedAt) : Duration.ZERO;
	}
}
