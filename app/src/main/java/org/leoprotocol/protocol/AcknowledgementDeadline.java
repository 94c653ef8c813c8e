package org.leoprotocol.protocol;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

/**
 * The scheduler task that checks, when an escalation's time to acknowledge is up, whether anyone acknowledged it; its
 * instance id is the escalation's key and round ({@code <incident>/<step>/<level>/<round>}), so each round is checked
 * once however many nodes poll.
 */
record AcknowledgementDeadline(OneTimeTask<Void> task) {

	static final String TASK = "protocol-escalation-acknowledgement";

	static String instanceId(EscalationKey key, int round) {
		return key.instanceId() + "/" + round;
	}

	static EscalationKey key(String instanceId) {
		return EscalationKey.parse(instanceId.substring(0, instanceId.lastIndexOf('/')));
	}

	static int round(String instanceId) {
		return Integer.parseInt(instanceId.substring(instanceId.lastIndexOf('/') + 1));
	}
}
