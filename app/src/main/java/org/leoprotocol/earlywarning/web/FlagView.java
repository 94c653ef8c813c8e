package org.leoprotocol.earlywarning.web;

import java.util.List;

import org.leoprotocol.earlywarning.Flag;
import org.leoprotocol.earlywarning.Indicators;

/**
 * One flag with the officer's indicators as of today, the bars against peers, the allegations by category and
 * finding, the protocol findings and commendations, and the review form for those who may review.
 */
public record FlagView(Flag flag, String officer, String score, Indicators indicators, List<IndicatorBar> bars,
		List<BreakdownRow> allegations, List<RecordEntry> protocolFindings, List<RecordEntry> commendations,
		boolean mayReview, String problem, String notice) {
}
