package org.leoprotocol.protocol;

import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.incident.IncidentStatus;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.protocol.triage.PriorityAssessment;
import org.leoprotocol.shared.WrongState;

/**
 * A response under Leo's Protocol to a child or vulnerable adult found or missing. It keeps the protocol version it was
 * opened under and names the responsible officer. Who reads it, and whose identities, is need to know
 * ({@link org.leoprotocol.protocol.incident.NeedToKnowPolicy}).
 *
 * @param lastSeenAt when the person was last seen, if known; never a reason to defer the report
 */
public record Incident(IncidentId id, IncidentKind kind, IncidentStatus status, int protocolVersion, Instant reportedAt,
		Instant lastSeenAt, String location, PersonAtRisk person, PriorityAssessment priority, String openedBy,
		OfficerId responsibleOfficer,
		Instant resolvedAt) {

	public boolean open() {
		return status == IncidentStatus.OPEN;
	}

	public boolean closed() {
		return status == IncidentStatus.CLOSED;
	}

	/** Refuses a decision on an incident whose record a supervisor has closed. */
	public void requireNotClosed(String what) {
		if (closed()) {
			throw new WrongState("protocol.incident.closed." + what);
		}
	}

	/** Refuses work on an incident that has been resolved, naming its state. */
	public void requireOpen(String what) {
		if (!open()) {
			throw new WrongState("protocol.incident.resolved." + what);
		}
	}
}
