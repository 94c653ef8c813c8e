package org.leoprotocol.protocol.escalation;

import java.time.Instant;

/**
 * One round of an escalation: the rung it reached and when; round 0 is the raising, each later round a pass to the next
 * rung.
 */
record EscalationRound(int round, String rung, Instant reachedAt) {
}
