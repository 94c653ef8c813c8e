package org.leoprotocol.protocol;

import java.time.Duration;

import org.leoprotocol.access.Role;

/**
 * One rung of a step's escalation chain: who is notified, and how long after the step's deadline. Chains run from
 * the responsible officer ({@link Role#OFFICER}) through the supervisor to watch command.
 */
public record EscalationLevel(int level, Role notified, Duration after) {

	public EscalationLevel {
		if (level < 1) {
			throw new IllegalArgumentException("Escalation levels start at 1, not " + level);
		}
		if (notified == null || !ProtocolStep.ACTING_ROLES.contains(notified)) {
			throw new IllegalArgumentException("Level " + level + " must notify one of " + ProtocolStep.ACTING_ROLES);
		}
		if (after == null || after.isNegative() || after.compareTo(ProtocolStep.LONGEST_DELAY) > 0) {
			throw new IllegalArgumentException("Level " + level + " needs a delay after the deadline between zero seconds and 30 days");
		}
	}
}
