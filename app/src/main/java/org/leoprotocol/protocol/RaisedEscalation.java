package org.leoprotocol.protocol;

import java.time.Instant;

/** An escalation of a step at a level, raised at the time given. */
public record RaisedEscalation(String step, int level, Instant at) {
}
