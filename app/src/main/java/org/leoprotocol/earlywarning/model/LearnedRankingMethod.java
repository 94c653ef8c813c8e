package org.leoprotocol.earlywarning.model;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.leoprotocol.earlywarning.Indicators;
import org.leoprotocol.earlywarning.backtest.Cohort;
import org.leoprotocol.earlywarning.backtest.RankingMethod;
import org.leoprotocol.earlywarning.backtest.Score;

import org.springframework.stereotype.Component;

/**
 * The learned model in the backtest's table, judged like the rule score and the plain count: on the same workforce, the
 * same outcome and the same budgets. For each as-of date it uses the agency's model stored for that date or earlier, or
 * trains one on the spot with a rolling origin ending on the date, so it never sees what came after. An officer the
 * model has no score for is not flagged; equal scores are ordered by complaints in two years, then in one year. Where
 * the agency's history is too short the rule score stands in, as on the model card.
 */
@Component
class LearnedRankingMethod implements RankingMethod {

	private final LearnedModels models;

	LearnedRankingMethod(LearnedModels models) {
		this.models = models;
	}

	@Override
	public String name() {
		return "learned";
	}

	@Override
	public String definition() {
		return "gradient-boosted trees trained on the agency's history before the date (rolling origin), "
				+ "the rule score where the history is too short; ties by 2-year, then 1-year complaints";
	}

	@Override
	public Map<UUID, Score> scores(Cohort cohort) {
		Map<UUID, Double> learned = new HashMap<>();
		models.scores(cohort.agency(), cohort.asOf(), true).officers()
			.forEach(officer -> learned.put(officer.officerId(), officer.score()));
		Map<UUID, Score> scores = new HashMap<>();
		for (Indicators officer : cohort.officers()) {
			Double score = learned.get(officer.officerId());
			if (score != null) {
				scores.put(officer.officerId(), new Score(score, officer.complaints2y(), officer.complaints1y()));
			}
		}
		return scores;
	}
}
