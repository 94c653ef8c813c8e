package org.leoprotocol.protocol.escalation;

import org.leoprotocol.protocol.IncidentId;

/**
 * Names one escalation level of one step of one incident; it is the scheduler's task instance id, so the same deadline
 * can never be scheduled twice.
 */
public record EscalationKey(IncidentId incident, String stepCode, int level) {

	public String instanceId() {
		return incident + "/" + stepCode + "/" + level;
	}

	public static EscalationKey parse(String instanceId) {
		String[] parts = instanceId.split("/", -1);
		if (parts.length != 3) {
			throw new IllegalArgumentException("Not an escalation key: " + instanceId);
		}
		return new EscalationKey(IncidentId.of(parts[0]), parts[1], Integer.parseInt(parts[2]));
	}
}
