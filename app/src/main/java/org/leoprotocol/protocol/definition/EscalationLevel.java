package org.leoprotocol.protocol.definition;

import java.time.Duration;

import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;

/**
 * One rung of a step's escalation chain: who is notified, and how long after the step's deadline. Chains run from the
 * responsible officer ({@link Role#OFFICER}) through the supervisor to watch command. The people reached have
 * {@code acknowledgeWithin} to say they have seen it, or it passes to the next rung of the chain of command
 * ({@code null} for the officer's own level: the chain's next level is its follow-up).
 */
@org.springframework.modulith.NamedInterface("definition")
public record EscalationLevel(int level, Role notified, Duration after, Duration acknowledgeWithin) {

	/** How long a supervisor or watch commander has to acknowledge, unless the protocol says otherwise. */
	public static final Duration DEFAULT_ACKNOWLEDGEMENT = Duration.ofMinutes(2);

	public EscalationLevel {
		if (level < 1) {
			throw new InvalidInput("protocol.escalation.level.invalid", level);
		}
		if (notified == null || !ProtocolStep.ACTING_ROLES.contains(notified)) {
			throw new InvalidInput("protocol.escalation.notified.invalid", level, ProtocolStep.actingRoles());
		}
		if (after == null || after.isNegative() || after.compareTo(ProtocolStep.LONGEST_DELAY) > 0) {
			throw new InvalidInput("protocol.escalation.delay.invalid", level);
		}
		if (acknowledgeWithin != null && (acknowledgeWithin.isNegative() || acknowledgeWithin.isZero()
				|| acknowledgeWithin.compareTo(ProtocolStep.LONGEST_DELAY) > 0)) {
			throw new InvalidInput("protocol.escalation.acknowledge.invalid", level);
		}
	}

	/** A level with the default time to acknowledge for its role. */
	public EscalationLevel(int level, Role notified, Duration after) {
		this(level, notified, after, notified == Role.OFFICER ? null : DEFAULT_ACKNOWLEDGEMENT);
	}
}
