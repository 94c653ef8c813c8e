package org.leoprotocol.protocol;

import java.time.Instant;

/** A recorded decision with its reason, when and by whom. */
public record Decision(DecisionKind decision, String reason, Instant decidedAt, String decidedBy) {
}
