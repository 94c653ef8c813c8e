package org.leoprotocol.earlywarning.web;

import java.time.LocalDate;
import java.util.List;

import org.leoprotocol.earlywarning.Flag;
import org.leoprotocol.earlywarning.Indicators;
import org.leoprotocol.earlywarning.ModelExplanation;

/**
 * One flag with the officer's indicators as of today, the bars against peers, the allegations by category and finding,
 * the protocol findings and commendations, and the review form for those who may review.
 *
 * @param peers how many other officers of the same rank serve in the agency (the officer not counted)
 * @param recordsThrough the agency's calendar day up to which records count (today where the agency is)
 * @param place the officer's place in today's ranking of the whole workforce, 0 when not in it; {@code workforce} is
 * how many officers that ranking holds
 * @param model what the agency's learned model says about the officer, or why the flag rests on the rule score
 */
public record FlagView(Flag flag, String officer, String score, Indicators indicators, List<IndicatorBar> bars,
		List<BreakdownRow> allegations, List<RecordEntry> protocolFindings, List<RecordEntry> commendations,
		boolean mayReview, String problem, String notice, int peers, LocalDate recordsThrough, int place, int workforce,
		ModelExplanation model) {
}
