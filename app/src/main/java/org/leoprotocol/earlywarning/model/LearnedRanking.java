package org.leoprotocol.earlywarning.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The learned model as a ranking method for a backtest or a review list: scores for every officer serving on a date,
 * from the agency's stored model for that date or, when none is stored, a model trained on the spot with a rolling
 * origin ending on the date (never anything on or after it). An agency with too little history is ranked by the rule
 * score instead, and {@link #scores} says which of the two it was.
 */
@Component
public class LearnedRanking {

	private final LearnedModels models;

	LearnedRanking(LearnedModels models) {
		this.models = models;
	}

	public String name() {
		return "Learned model (gradient-boosted trees)";
	}

	/** Scores keyed by the history officer's id, highest first; {@code learned} false when the rule score stood in. */
	public record Ranking(boolean learned, Map<UUID, Double> scores) {
	}

	public Ranking scores(String agency, LocalDate asOf) {
		Scores scores = models.scores(agency, asOf, true);
		Map<UUID, Double> ranked = new LinkedHashMap<>();
		scores.officers().forEach(officer -> ranked.put(officer.officerId(), officer.score()));
		return new Ranking(scores.learned(), ranked);
	}
}
