package org.leoprotocol.earlywarning.backtest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

import org.leoprotocol.earlywarning.Indicators;

/**
 * A ranking computed from the indicators known on the cohort's date: the rule score, and the two baselines any
 * early-warning system must beat, the plain complaint count and the count-in-window threshold.
 */
public final class IndicatorRanking implements RankingMethod {

	private final String name;
	private final String definition;
	private final ToDoubleFunction<Indicators> score;
	private final List<ToDoubleFunction<Indicators>> secondary;

	public IndicatorRanking(String name, String definition, ToDoubleFunction<Indicators> score,
			List<ToDoubleFunction<Indicators>> secondary) {
		this.name = name;
		this.definition = definition;
		this.score = score;
		this.secondary = List.copyOf(secondary);
	}

	/**
	 * Distinct complaints received in the two years before the date, whatever their finding: the Crime Lab's baseline,
	 * which got "most of the benefits" of its model (NBER w32432). Ties: complaints in the last year, then in five
	 * years.
	 */
	public static IndicatorRanking complaintCount() {
		return new IndicatorRanking("count-2y",
				"distinct complaints received in the 2 years before the date, any finding; "
						+ "ties by complaints in the last 1 year, then 5 years",
				Indicators::complaints2y, List.of(Indicators::complaints1y, Indicators::complaints5y));
	}

	/**
	 * The incumbent threshold rule (Miami-Dade style, New Jersey AG Directive 2018-3): officers with at least
	 * {@code complaints} complaints in the threshold window. It flags only those it fires on, at most the budget, those
	 * with more complaints in the window first.
	 */
	public static IndicatorRanking threshold(int complaints, int months) {
		return new IndicatorRanking("threshold", "officers with at least " + complaints + " complaints in the " + months
				+ " months before the date, only those, up to the budget (more complaints in the window first, then 2 years, 5 years)",
				officer -> officer.thresholdComplaints() >= complaints ? officer.thresholdComplaints() : 0,
				List.of(Indicators::complaints2y, Indicators::complaints5y));
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public String definition() {
		return definition;
	}

	@Override
	public Map<UUID, Score> scores(Cohort cohort) {
		Map<UUID, Score> scores = new HashMap<>();
		for (Indicators officer : cohort.officers()) {
			double[] ties = secondary.stream().mapToDouble(indicator -> indicator.applyAsDouble(officer)).toArray();
			scores.put(officer.officerId(), new Score(score.applyAsDouble(officer), ties));
		}
		return scores;
	}
}
