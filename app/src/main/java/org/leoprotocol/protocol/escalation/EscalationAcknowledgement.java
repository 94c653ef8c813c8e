package org.leoprotocol.protocol.escalation;

import java.time.Instant;

/** A staff member's acknowledgement of an escalation of a step's level, and when it was given. */
public record EscalationAcknowledgement(String stepCode, int level, String username, Instant at) {
}
