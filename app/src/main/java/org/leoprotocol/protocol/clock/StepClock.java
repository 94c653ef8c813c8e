package org.leoprotocol.protocol.clock;

import java.time.Duration;
import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.definition.Anchor;
import org.leoprotocol.shared.Role;

/**
 * The clock of one protocol step within one incident. It starts when the step's anchor event happens; until then
 * {@code dueAt} is empty.
 */
public record StepClock(String code, int position, String title, Role actingRole, Anchor anchor, Duration deadline,
		String source, Instant anchorAt, Instant dueAt, StepStatus status, Instant doneAt, String doneBy,
		OfficerId doneByOfficer) {

	public boolean done() {
		return status == StepStatus.DONE;
	}

	/** How late the step was done, or how late it is now if still undone; zero when on time. */
	public Duration lateness(Instant now) {
		if (dueAt == null) {
			return Duration.ZERO;
		}
		Instant end = doneAt != null ? doneAt : now;
		return end.isAfter(dueAt) ? Duration.between(dueAt, end) : Duration.ZERO;
	}

	/** Time left before the deadline, negative once it has passed; {@code null} before the anchor event. */
	public Duration remaining(Instant now) {
		return dueAt == null ? null : Duration.between(now, dueAt);
	}
}
