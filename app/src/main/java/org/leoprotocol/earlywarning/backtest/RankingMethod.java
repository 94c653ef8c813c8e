package org.leoprotocol.earlywarning.backtest;

import java.util.Map;
import java.util.UUID;

/**
 * A way of ordering an agency's officers for review on a date: the rule score, a plain complaint count, a threshold
 * rule or a learned model. The backtest treats them all alike, so every method is judged on the same cohort, the same
 * outcome and the same budgets. A method sees only what was known before the cohort's date.
 */
public interface RankingMethod {

	/** A short name for tables, such as {@code count-2y}. */
	String name();

	/** What the method ranks by, in one sentence, printed with the results so that a reader knows what was compared. */
	String definition();

	/**
	 * Each cohort officer's score; an officer missing from the map, or scored 0, is never flagged (the method sees no
	 * reason to look at them). Equal scores are ordered by the {@link Score#secondary()} indicators.
	 */
	Map<UUID, Score> scores(Cohort cohort);
}
