package org.leoprotocol.earlywarning;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.leoprotocol.earlywarning.backtest.Bootstrap;
import org.leoprotocol.earlywarning.backtest.Cohort;
import org.leoprotocol.earlywarning.backtest.Evaluation;
import org.leoprotocol.earlywarning.backtest.EvaluationLine;
import org.leoprotocol.earlywarning.backtest.IndicatorRanking;
import org.leoprotocol.earlywarning.backtest.Outcome;
import org.leoprotocol.earlywarning.backtest.Ranking;
import org.leoprotocol.earlywarning.backtest.RankingMethod;
import org.leoprotocol.earlywarning.indicators.IndicatorQueries;
import org.leoprotocol.earlywarning.indicators.IndicatorWindows;
import org.leoprotocol.earlywarning.indicators.RiskScore;
import org.leoprotocol.earlywarning.rules.RuleSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Replays early warning on past dates and scores it against what happened next. On each date the cohort is the agency's
 * workforce ({@link Cohort}), every method ranks it with only what was known before the date, and an officer is a
 * positive when an allegation received within the horizon was finally SUSTAINED, first-time officers included
 * ({@link Outcome}). Recall and precision at each review budget come with bootstrap intervals ({@link Bootstrap}),
 * every method in the same table: Leo's rule score, the plain two-year complaint count and the threshold rule, and any
 * other {@link RankingMethod} the application provides (a learned model).
 */
@Service
public class Backtest {

	/** The incumbent rule every agency already knows: two or more complaints in twelve months (Miami-Dade style). */
	static final int BASELINE_COMPLAINTS = 2;
	static final int BASELINE_MONTHS = 12;
	public static final List<Double> BUDGETS = List.of(0.01, 0.02, 0.05, 0.10);

	private final IndicatorQueries indicators;
	private final RuleSettings settings;
	private final ObjectProvider<RankingMethod> others;

	Backtest(IndicatorQueries indicators, RuleSettings settings, ObjectProvider<RankingMethod> others) {
		this.indicators = indicators;
		this.settings = settings;
		this.others = others;
	}

	/** One as-of date: the cohort, its positives, and each method at each budget. */
	public record Year(LocalDate asOf, int cohort, int withoutAppointmentDate, int positives, int firstTimers,
			int positivesOutsideCohort, List<EvaluationLine> lines) {
	}

	/** A whole backtest: the methods compared (with their definitions) and one {@link Year} per as-of date. */
	public record Report(String agency, Period horizon, List<Double> budgets, Bootstrap bootstrap,
			List<RankingMethod> methods,
			List<Year> years) {
	}

	public List<String> agencies() {
		return indicators.agencies();
	}

	/** Leo's rule score, then the count and threshold baselines, then any other method the application provides. */
	public List<RankingMethod> methods() {
		List<RankingMethod> methods = new ArrayList<>(List.of(ruleScore(), IndicatorRanking.complaintCount(),
				IndicatorRanking.threshold(BASELINE_COMPLAINTS, BASELINE_MONTHS)));
		others.orderedStream().forEach(methods::add);
		return methods;
	}

	/**
	 * Leo's rule score ({@link RiskScore}): complaints of the last two years, plus the repeated insufficient-evidence
	 * pattern and protocol findings. Ties: complaints in the last year, in five years, sustained allegations.
	 */
	public static RankingMethod ruleScore() {
		return new IndicatorRanking("rule",
				"Leo's rule score: distinct complaints in 2 years + 0.5 per complaint in a repeated "
						+ "insufficient-evidence pattern + 3 per protocol finding; ties by complaints in 1 year, 5 years, sustained in 5 years",
				RiskScore::of, List.of(Indicators::complaints1y, Indicators::complaints5y, Indicators::sustained5y));
	}

	public Report run(String agency, List<LocalDate> asOfs, Period horizon, List<Double> budgets, Bootstrap bootstrap) {
		for (double budget : budgets) {
			if (budget <= 0 || budget > 1) {
				throw new IllegalArgumentException(
						"A budget must be a share above 0 and at most 100 %, not " + budget * 100 + " %");
			}
		}
		List<RankingMethod> methods = methods();
		List<Year> years = new ArrayList<>();
		for (LocalDate asOf : asOfs) {
			years.add(year(agency, asOf, horizon, budgets, bootstrap, methods));
		}
		return new Report(agency, horizon, List.copyOf(budgets), bootstrap, methods, years);
	}

	private Year year(String agency, LocalDate asOf, Period horizon, List<Double> budgets, Bootstrap bootstrap,
			List<RankingMethod> methods) {
		LocalDate until = asOf.plus(horizon);
		Cohort cohort = cohort(agency, asOf, until);
		Map<UUID, Boolean> sustained = indicators.sustainedWithFirstTimers(agency, asOf, until);
		Set<UUID> members = cohort.officers().stream().map(Indicators::officerId).collect(Collectors.toSet());
		Set<UUID> positives = sustained.keySet().stream().filter(members::contains).collect(Collectors.toSet());
		Set<UUID> firstTimers = positives.stream().filter(sustained::get).collect(Collectors.toSet());
		Outcome outcome = new Outcome(asOf, until, positives, firstTimers);
		List<Ranking> rankings = methods.stream().map(method -> Ranking.of(method, cohort)).toList();
		return new Year(asOf, cohort.size(), cohort.withoutAppointmentDate(), positives.size(), firstTimers.size(),
				sustained.size() - positives.size(), Evaluation.of(cohort, outcome, rankings, budgets, bootstrap));
	}

	/**
	 * The agency's workforce on {@code asOf} with what was known about each officer then; officers without an
	 * appointment date count from a first complaint received before {@code knownBy}.
	 */
	public Cohort cohort(String agency, LocalDate asOf, LocalDate knownBy) {
		var windows = EarlyWarning.windows(settings.byRule());
		var thresholdWindows = new IndicatorWindows(BASELINE_MONTHS, windows.peer(), windows.repeated(),
				windows.protocol());
		return new Cohort(agency, asOf, indicators.workforce(agency, asOf, knownBy, thresholdWindows),
				indicators.workforceWithoutAppointmentDate(agency, asOf, knownBy));
	}
}
