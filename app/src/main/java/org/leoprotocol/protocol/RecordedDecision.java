package org.leoprotocol.protocol;

import java.time.Instant;

/** A decision and its reason, made at the time given by the officer with the badge (if named). */
public record RecordedDecision(DecisionKind decision, String reason, Instant at, String badge) {
}
