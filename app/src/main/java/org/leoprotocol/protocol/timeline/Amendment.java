package org.leoprotocol.protocol.timeline;

import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.NotPermitted;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.WrongState;

/**
 * A correction of who performed an entry of an incident's timeline. The record itself never changes: the amendment is
 * appended with its reason, and takes effect only once a second staff member with supervisory authority (supervisor or
 * command) approves it — the four-eyes rule for changing evidence that bears on an officer's record. Until then it is
 * pending and changes nothing.
 */
public record Amendment(UUID id, IncidentId incidentId, long entry, OfficerId recordedPerformer, OfficerId performedBy,
		String reason, String proposedBy, Instant proposedAt, String approvedBy, Instant approvedAt) {

	static final int MAX_REASON = 2000;

	/** Proposes naming {@code performer} as who performed {@code entry}; refused without a reason or a real change. */
	static Amendment propose(IncidentId incident, TimelineEntry entry, OfficerId performer, String reason,
			Actor proposer,
			Instant at) {
		if (reason == null || reason.isBlank()) {
			throw new AttributionRefused("protocol-acts.amendment.reason-required");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new AttributionRefused("protocol-acts.amendment.reason-too-long", MAX_REASON);
		}
		if (!entry.amendable()) {
			throw new AttributionRefused("protocol-acts.amendment.entry-not-amendable");
		}
		if (performer == null) {
			throw new AttributionRefused("protocol-acts.amendment.performer-required");
		}
		if (performer.equals(entry.officer())) {
			throw new AttributionRefused("protocol-acts.amendment.no-change");
		}
		return new Amendment(UUID.randomUUID(), incident, entry.position(), entry.officer(), performer, reason.strip(),
				proposer.username(), at, null, null);
	}

	public boolean approved() {
		return approvedBy != null;
	}

	/** Approves the amendment; only a second staff member, a supervisor or command, may. */
	Amendment approve(Actor approver, Instant at) {
		if (!approver.hasAny(Role.SUPERVISOR, Role.COMMAND)) {
			throw new NotPermitted("protocol.amendment.approver.role");
		}
		if (approved()) {
			throw new WrongState("protocol-acts.amendment.already-approved", approvedBy);
		}
		if (approver.username().equals(proposedBy)) {
			throw new WrongState("protocol-acts.amendment.same-approver");
		}
		return new Amendment(id, incidentId, entry, recordedPerformer, performedBy, reason, proposedBy, proposedAt,
				approver.username(), at);
	}
}
