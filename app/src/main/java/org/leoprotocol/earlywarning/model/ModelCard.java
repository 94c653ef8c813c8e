package org.leoprotocol.earlywarning.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What a trained model is, in the manner of Mitchell et al.'s model cards: the data it learned from and its period, how
 * it was trained (origins, officer-years, positives), its features, how it did on held-out years against count-ranking,
 * the fairness audit, and, when there are no trees, why the rule score stands in.
 *
 * @param trained whether trees were trained; otherwise {@code fallbackKey} says why (with what was needed and found)
 * @param validation recall at the budget on each held-out year before the as-of date, outcomes known by then
 */
public record ModelCard(String agency, LocalDate asOf, Instant trainedAt, boolean trained, String fallbackKey,
		int fallbackNeeded,
		int fallbackFound, int officers, int complaints, int allegations, LocalDate firstComplaint,
		LocalDate lastComplaint,
		boolean hireDates, List<LocalDate> origins, int trainingRows, int trainingPositives, List<String> features,
		double budget,
		List<YearFigures> validation, double meanRecall, double meanCountRecall, double relativeImprovement,
		double intervalLow,
		double intervalHigh, List<GroupFigures> fairness) {

	/** One held-out year: cohort, positives, and recall at the budget of the model and of count-ranking. */
	public record YearFigures(LocalDate asOf, int cohort, int positives, int budget, int modelHits, int countHits,
			boolean trained) {

		public double modelRecall() {
			return positives == 0 ? 0 : (double) modelHits / positives;
		}

		public double countRecall() {
			return positives == 0 ? 0 : (double) countHits / positives;
		}
	}

	/** One group of the fairness audit, over all held-out officer-years: the model's figures and count-ranking's. */
	public record GroupFigures(String attribute, String value, int officers, int selected, int negatives,
			int falsePositives,
			int countSelected, int countFalsePositives) {

		public double countSelectionRate() {
			return officers == 0 ? 0 : (double) countSelected / officers;
		}

		public double countFalsePositiveRate() {
			return negatives == 0 ? 0 : (double) countFalsePositives / negatives;
		}

		public double selectionRate() {
			return officers == 0 ? 0 : (double) selected / officers;
		}

		public double falsePositiveRate() {
			return negatives == 0 ? 0 : (double) falsePositives / negatives;
		}
	}

	/**
	 * The card of a model just trained on the agency's history for {@code fit}'s date, with the validation years run
	 * before it at the given budget (a share of the cohort flagged).
	 */
	static ModelCard of(AgencyHistory history, RollingFit fit, Validation.Result validation, double budget,
			Instant trainedAt) {
		LocalDate[] period = history.period();
		RollingOrigin.TooLittle tooLittle = fit.tooLittle();
		return new ModelCard(history.agency, fit.asOf(), trainedAt, fit.trained(),
				tooLittle == null ? null : tooLittle.key(),
				tooLittle == null ? 0 : tooLittle.needed(), tooLittle == null ? 0 : tooLittle.found(),
				history.officers(),
				history.complaints(), history.allegations(), period == null ? null : period[0],
				period == null ? null : period[1],
				history.hasHireDates(), fit.origins(), fit.rows(), fit.positives(),
				Arrays.stream(Feature.values()).map(Enum::name).toList(),
				budget, validation == null ? List.of() : validation.years().stream()
					.map(y -> new ModelCard.YearFigures(y.asOf(), y.cohort(), y.positives(), y.budget(), y.modelHits(),
							y.countHits(), y.trained()))
					.toList(),
				validation == null ? Double.NaN : validation.meanModel(),
				validation == null ? Double.NaN : validation.meanCount(),
				validation == null ? Double.NaN : validation.relative(),
				validation == null ? Double.NaN : validation.low(),
				validation == null ? Double.NaN : validation.high(),
				validation == null ? List.of() : validation.fairness().stream()
					.map(g -> new ModelCard.GroupFigures(g.attribute(), g.value(), g.officers(), g.selected(),
							g.negatives(), g.falsePositives(),
							g.countSelected(), g.countFalsePositives()))
					.toList());
	}
}
