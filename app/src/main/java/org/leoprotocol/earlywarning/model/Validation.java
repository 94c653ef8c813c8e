package org.leoprotocol.earlywarning.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Judges the model on years it never saw: for each held-out date T it trains with a rolling origin on the years before
 * T, ranks the officers serving on T, and counts how many of those with a SUSTAINED allegation received within the
 * following year fall in the top share (the review budget), against count-ranking (distinct complaints received in the
 * two years before T; ties broken by complaints in the last year, then over five years, then the whole career, then the
 * order of the history). Recall at the budget is the Crime Lab's measure (NBER w32432); the interval of the relative
 * improvement comes from a bootstrap that resamples officers within each year and keeps each ranking fixed. The
 * fairness audit counts, per race and per gender as the agency records them, how many officers the model selects and
 * how many of those selected had no sustained allegation (false positives), beside the same figures for count-ranking.
 */
final class Validation {

	static final int REPLICATES = 1000;

	private Validation() {
	}

	/** One held-out year: the cohort, its positives, the budget in officers, and the positives each ranking caught. */
	record Year(LocalDate asOf, int cohort, int positives, int budget, int modelHits, int countHits, boolean trained) {

		double modelRecall() {
			return positives == 0 ? 0 : (double) modelHits / positives;
		}

		double countRecall() {
			return positives == 0 ? 0 : (double) countHits / positives;
		}
	}

	/** One group of the fairness audit over all held-out years (officer-years). */
	record Group(String attribute, String value, int officers, int selected, int negatives, int falsePositives,
			int countSelected,
			int countFalsePositives) {

		double selectionRate() {
			return officers == 0 ? 0 : (double) selected / officers;
		}

		double falsePositiveRate() {
			return negatives == 0 ? 0 : (double) falsePositives / negatives;
		}

		double countSelectionRate() {
			return officers == 0 ? 0 : (double) countSelected / officers;
		}

		double countFalsePositiveRate() {
			return negatives == 0 ? 0 : (double) countFalsePositives / negatives;
		}
	}

	record Result(double budget, List<Year> years, double meanModel, double meanCount, double relative, double low,
			double high,
			List<Group> fairness) {
	}

	/**
	 * @param knownBy findings count as sustained only when closed before this date; {@code null} for the final finding
	 * (a backtest on a finished history)
	 */
	static Result run(AgencyHistory h, List<LocalDate> dates, double budget, LocalDate knownBy, long seed) {
		List<Year> years = new ArrayList<>();
		List<int[]> modelOrders = new ArrayList<>();
		List<int[]> countOrders = new ArrayList<>();
		List<boolean[]> outcomes = new ArrayList<>();
		Map<String, int[]> groups = new TreeMap<>();
		for (LocalDate date : dates) {
			RollingFit fit = RollingOrigin.train(h, date);
			FeatureTable table = FeatureTable.of(h, date);
			float[] scores = fit.trained() ? fit.trees().scores(table) : ruleScores(table);
			if (fit.trained()) {
				fit.trees().close();
			}
			boolean[] positive = FeatureTable.outcomes(h, table.officers, date, date.plusYears(1), knownBy);
			int[] model = order(table, scores);
			int[] count = order(table, countScores(table));
			int k = (int) Math.ceil(budget * table.rows());
			years.add(new Year(date, table.rows(), positives(positive), k, hits(model, positive, k),
					hits(count, positive, k), fit.trained()));
			modelOrders.add(model);
			countOrders.add(count);
			outcomes.add(positive);
			boolean[] selected = new boolean[table.rows()];
			boolean[] byCount = new boolean[table.rows()];
			for (int i = 0; i < k && i < model.length; i++) {
				selected[model[i]] = true;
				byCount[count[i]] = true;
			}
			for (int row = 0; row < table.rows(); row++) {
				int o = table.officers[row];
				tally(groups, "race", h.race[o], selected[row], byCount[row], positive[row]);
				tally(groups, "gender", h.gender[o], selected[row], byCount[row], positive[row]);
			}
		}
		double meanModel = years.stream().mapToDouble(Year::modelRecall).average().orElse(0);
		double meanCount = years.stream().mapToDouble(Year::countRecall).average().orElse(0);
		double[] interval = bootstrap(modelOrders, countOrders, outcomes, budget, seed);
		List<Group> fairness = new ArrayList<>();
		groups.forEach((key, n) -> {
			String[] parts = key.split("\u0000", 2);
			fairness.add(new Group(parts[0], parts[1], n[0], n[1], n[2], n[3], n[4], n[5]));
		});
		return new Result(budget, years, meanModel, meanCount, relative(meanModel, meanCount), interval[0], interval[1],
				fairness);
	}

	/** The rule score's formula, for years where the model has too little history (see the rule ranking's Javadoc). */
	static float[] ruleScores(FeatureTable table) {
		float[] scores = new float[table.rows()];
		for (int row = 0; row < scores.length; row++) {
			float repeated = table.value(row, Feature.REPEATED_NOT_SUSTAINED);
			scores[row] = table.value(row, Feature.COMPLAINTS_2Y) + (repeated >= 2 ? 0.5f * repeated : 0)
					+ 3 * table.value(row, Feature.PROTOCOL_FINDINGS_2Y);
		}
		return scores;
	}

	static float[] countScores(FeatureTable table) {
		float[] scores = new float[table.rows()];
		for (int row = 0; row < scores.length; row++) {
			scores[row] = table.value(row, Feature.COMPLAINTS_2Y);
		}
		return scores;
	}

	/** Rows by score, highest first; ties by complaints in 1 year, 5 years, the career, then row order. */
	static int[] order(FeatureTable table, float[] scores) {
		return IntStream.range(0, table.rows()).boxed()
			.sorted(Comparator.<Integer>comparingDouble(row -> -scores[row])
				.thenComparingDouble(row -> -table.value(row, Feature.COMPLAINTS_1Y))
				.thenComparingDouble(row -> -table.value(row, Feature.COMPLAINTS_5Y))
				.thenComparingDouble(row -> -table.value(row, Feature.COMPLAINTS_CAREER))
				.thenComparingInt(row -> row))
			.mapToInt(Integer::intValue).toArray();
	}

	static double relative(double model, double count) {
		return count == 0 ? Double.NaN : model / count - 1;
	}

	private static int hits(int[] order, boolean[] positive, int k) {
		int hits = 0;
		for (int i = 0; i < k && i < order.length; i++) {
			hits += positive[order[i]] ? 1 : 0;
		}
		return hits;
	}

	private static int positives(boolean[] positive) {
		int n = 0;
		for (boolean p : positive) {
			n += p ? 1 : 0;
		}
		return n;
	}

	private static void tally(Map<String, int[]> groups, String attribute, String value, boolean selected,
			boolean byCount,
			boolean positive) {
		String shown = value == null || value.isBlank() ? "" : value.strip();
		int[] n = groups.computeIfAbsent(attribute + "\u0000" + shown, key -> new int[6]);
		n[0]++;
		n[1] += selected ? 1 : 0;
		n[2] += positive ? 0 : 1;
		n[3] += selected && !positive ? 1 : 0;
		n[4] += byCount ? 1 : 0;
		n[5] += byCount && !positive ? 1 : 0;
	}

	/** The 2.5th and 97.5th percentiles of the relative improvement in mean recall over resampled cohorts. */
	private static double[] bootstrap(List<int[]> modelOrders, List<int[]> countOrders, List<boolean[]> outcomes,
			double budget, long seed) {
		if (outcomes.isEmpty()) {
			return new double[] { Double.NaN, Double.NaN };
		}
		SplittableRandom random = new SplittableRandom(seed);
		double[] relatives = new double[REPLICATES];
		for (int r = 0; r < REPLICATES; r++) {
			double model = 0;
			double count = 0;
			for (int y = 0; y < outcomes.size(); y++) {
				boolean[] positive = outcomes.get(y);
				int n = positive.length;
				int[] drawn = new int[n];
				for (int i = 0; i < n; i++) {
					drawn[random.nextInt(n)]++;
				}
				int k = (int) Math.ceil(budget * n);
				model += resampledRecall(modelOrders.get(y), drawn, positive, k);
				count += resampledRecall(countOrders.get(y), drawn, positive, k);
			}
			relatives[r] = relative(model, count);
		}
		java.util.Arrays.sort(relatives);
		return new double[] { relatives[(int) (0.025 * REPLICATES)], relatives[(int) (0.975 * REPLICATES) - 1] };
	}

	private static double resampledRecall(int[] order, int[] drawn, boolean[] positive, int k) {
		int all = 0;
		for (int row = 0; row < drawn.length; row++) {
			all += positive[row] ? drawn[row] : 0;
		}
		int taken = 0;
		int hits = 0;
		for (int i = 0; i < order.length && taken < k; i++) {
			int copies = Math.min(drawn[order[i]], k - taken);
			taken += copies;
			hits += positive[order[i]] ? copies : 0;
		}
		return all == 0 ? 0 : (double) hits / all;
	}
}
