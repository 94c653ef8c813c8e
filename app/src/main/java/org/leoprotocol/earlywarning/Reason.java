package org.leoprotocol.earlywarning;

/** Why a rule fired, in words a supervisor can check against the record; {@code weight} orders the reasons. */
public record Reason(String rule, String words, double weight) {
}
