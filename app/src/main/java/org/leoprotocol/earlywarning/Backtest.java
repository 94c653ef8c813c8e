package org.leoprotocol.earlywarning;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

import org.springframework.stereotype.Service;

/**
 * Replays the ranking as it would have stood on a past date and scores it against what happened next: an
 * officer is a positive when an allegation received within the horizon after the date was finally SUSTAINED
 * (the Crime Lab's outcome). Each method flags at most the review budget (the top share of officers known on
 * the date), except the threshold rule, which flags whoever crosses it; precision and recall at the budget are
 * what an agency that can review only so many officers cares about (dssg {@code eis/scoring.py}, §4.5).
 */
@Service
public class Backtest {

	/** The incumbent rule every agency already knows: two or more complaints in twelve months (Miami-Dade style). */
	static final int BASELINE_COMPLAINTS = 2;
	static final int BASELINE_MONTHS = 12;

	private final IndicatorQueries indicators;
	private final RuleSettings settings;

	Backtest(IndicatorQueries indicators, RuleSettings settings) {
		this.indicators = indicators;
		this.settings = settings;
	}

	/** One method's result: how many officers it flagged, how many of them were positives, precision and recall. */
	public record Line(String method, int flagged, int truePositives, int positives) {

		public double precision() {
			return flagged == 0 ? 0 : (double) truePositives / flagged;
		}

		public double recall() {
			return positives == 0 ? 0 : (double) truePositives / positives;
		}
	}

	/** The outcome of a backtest: the cohort known on the date, the positives among it, and each method's line. */
	public record Result(String agency, LocalDate asOf, Period horizon, double budget, int cohort, int positives, List<Line> lines) {
	}

	public List<String> agencies() {
		return indicators.agencies();
	}

	public Result run(String agency, LocalDate asOf, Period horizon, double budget) {
		if (budget <= 0 || budget > 1) {
			throw new IllegalArgumentException("The budget must be a share between 0 and 100 %");
		}
		var rules = settings.byRule();
		var base = EarlyWarning.windows(rules);
		var windows = new IndicatorQueries.Windows(BASELINE_MONTHS, base.peer(), base.repeated(), base.protocol());
		List<Indicators> cohort = indicators.all(agency, asOf, windows);
		Set<UUID> known = new HashSet<>(cohort.stream().map(Indicators::officerId).toList());
		Set<UUID> positives = new HashSet<>(indicators.sustainedBetween(agency, asOf, asOf.plus(horizon)));
		positives.retainAll(known);
		int budgetSize = (int) Math.ceil(budget * cohort.size());
		String share = Math.round(budget * 1000) / 10.0 + " %";
		return new Result(agency, asOf, horizon, budget, cohort.size(), positives.size(), List.of(
				top("Leo ranking score, top " + share, cohort, RiskScore::of, budgetSize, positives),
				top("Complaints in 2 years, top " + share, cohort, Indicators::complaints2y, budgetSize, positives),
				threshold(cohort, positives)));
	}

	private static Line top(String method, List<Indicators> cohort, ToDoubleFunction<Indicators> score, int budget, Set<UUID> positives) {
		List<Indicators> flagged = cohort.stream()
			.sorted(Comparator.comparingDouble(score).reversed().thenComparing(Indicators::complaints1y, Comparator.reverseOrder())
				.thenComparing(Indicators::officerId))
			.limit(budget).filter(officer -> score.applyAsDouble(officer) > 0).toList();
		return line(method, flagged, positives);
	}

	private static Line threshold(List<Indicators> cohort, Set<UUID> positives) {
		return line("Threshold: >= " + BASELINE_COMPLAINTS + " complaints in " + BASELINE_MONTHS + " months",
				cohort.stream().filter(officer -> officer.thresholdComplaints() >= BASELINE_COMPLAINTS).toList(), positives);
	}

	private static Line line(String method, List<Indicators> flagged, Set<UUID> positives) {
		int hits = (int) flagged.stream().filter(officer -> positives.contains(officer.officerId())).count();
		return new Line(method, flagged.size(), hits, positives.size());
	}
}
