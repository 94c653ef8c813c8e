package org.leoprotocol.protocol.escalation;

import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;

/** An officer an escalation reached, in which round and at which rung, and when: who was told, kept append-only. */
public record EscalationReach(String stepCode, int level, int round, String rung, OfficerId officer,
		Instant reachedAt) {
}
