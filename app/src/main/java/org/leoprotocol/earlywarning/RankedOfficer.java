package org.leoprotocol.earlywarning;

import java.util.List;

/**
 * An officer's place in a ranking: the indicators, the score, the reasons rules give, and the place among how many.
 */
public record RankedOfficer(Indicators indicators, double score, List<Reason> reasons, int place, int of) {
}
