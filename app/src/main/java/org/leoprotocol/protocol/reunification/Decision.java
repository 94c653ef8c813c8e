package org.leoprotocol.protocol.reunification;

import java.time.Instant;

import org.leoprotocol.protocol.DecisionKind;

/** A recorded decision with its reason, when and by whom. */
public record Decision(DecisionKind decision, String reason, Instant decidedAt, String decidedBy) {
}
