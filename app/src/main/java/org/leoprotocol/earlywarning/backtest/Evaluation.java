package org.leoprotocol.earlywarning.backtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scores rankings against an outcome at review budgets. Precision is the share of flagged officers who turned out
 * positive; recall the share of the cohort's positives who were flagged (first-time officers among them), the measures
 * an agency that can review only so many officers cares about (Carton et al., KDD 2016; dssg {@code eis} scoring).
 */
public final class Evaluation {

	private Evaluation() {
	}

	public static List<EvaluationLine> of(Cohort cohort, Outcome outcome, List<Ranking> rankings, List<Double> budgets,
			Bootstrap bootstrap) {
		Map<UUID, Integer> index = new HashMap<>();
		cohort.officers().forEach(officer -> index.put(officer.officerId(), index.size()));
		int[] positives = outcome.positives().stream().filter(index::containsKey).mapToInt(index::get).toArray();
		boolean[] positive = new boolean[cohort.size()];
		for (int i : positives) {
			positive[i] = true;
		}
		List<int[]> flags = new ArrayList<>();
		for (Ranking ranking : rankings) {
			for (double budget : budgets) {
				flags.add(ranking.flagged(budget).stream().mapToInt(place -> index.get(place.officer().officerId()))
					.toArray());
			}
		}
		double[][] recalls = new double[flags.size()][bootstrap.resamples()];
		double[][] precisions = new double[flags.size()][bootstrap.resamples()];
		bootstrap.draw(cohort.size(), (r, counts) -> {
			long drawnPositives = 0;
			for (int i : positives) {
				drawnPositives += counts[i];
			}
			for (int m = 0; m < flags.size(); m++) {
				long drawnFlagged = 0;
				long drawnHits = 0;
				for (int i : flags.get(m)) {
					drawnFlagged += counts[i];
					drawnHits += positive[i] ? counts[i] : 0;
				}
				recalls[m][r] = drawnPositives == 0 ? Double.NaN : (double) drawnHits / drawnPositives;
				precisions[m][r] = drawnFlagged == 0 ? Double.NaN : (double) drawnHits / drawnFlagged;
			}
		});
		List<EvaluationLine> lines = new ArrayList<>();
		int m = 0;
		for (Ranking ranking : rankings) {
			for (double budget : budgets) {
				int[] flagged = flags.get(m);
				int hits = 0;
				for (int i : flagged) {
					hits += positive[i] ? 1 : 0;
				}
				lines.add(new EvaluationLine(ranking.method(), budget, ranking.budgetSize(budget), flagged.length, hits,
						positives.length,
						share(hits, flagged.length), Bootstrap.interval(precisions[m]), share(hits, positives.length),
						Bootstrap.interval(recalls[m]), ranking.cutDecidedById(budget)));
				m++;
			}
		}
		return lines;
	}

	private static double share(long part, long whole) {
		return whole == 0 ? 0 : (double) part / whole;
	}
}
