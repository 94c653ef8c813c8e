package org.leoprotocol.protocol.escalation;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

/**
 * The scheduler task that checks, when an escalation's time to acknowledge is up, whether anyone acknowledged it; its
 * instance id is the escalation's key and round ({@code <incident>/<step>/<level>/<round>}), so each round is checked
 * once however many nodes poll.
 */
public record AcknowledgementDeadline(OneTimeTask<Void> task) {

	public static final String TASK = "protocol-escalation-acknowledgement";

	static String instanceId(EscalationKey key, int round) {
		return key.instanceId() + "/" + round;
	}

	public static EscalationKey key(String instanceId) {
		return EscalationKey.parse(instanceId.substring(0, instanceId.lastIndexOf('/')));
	}

	public static int round(String instanceId) {
		return Integer.parseInt(instanceId.substring(instanceId.lastIndexOf('/') + 1));
	}
}
