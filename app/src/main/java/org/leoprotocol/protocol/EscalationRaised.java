package org.leoprotocol.protocol;

import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.Role;

/**
 * Published once per incident, step and level when a protocol deadline passed with the step undone: the role to notify,
 * the officer responsible for the incident, when the level fell due and when Leo raised it, and the incident's kind and
 * report time, so a reader can count the escalation without having heard of the opening first.
 */
public record EscalationRaised(IncidentId incidentId, String stepCode, int level, Role notified,
		OfficerId responsibleOfficer,
		Instant dueAt, Instant raisedAt, IncidentKind kind, Instant reportedAt) {
}
