package org.leoprotocol.earlywarning.backtest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.leoprotocol.earlywarning.backtest.CohortFixtures.aCohort;

class EvaluationTests {

	/**
	 * Twenty officers: four positives, one of them a first-timer with no complaint before the date. Count ranking at 10
	 * % flags "many" (positive) and "some" (not), at 20 % also "few" (positive) and "other" (not).
	 */
	private final CohortFixtures fixtures = aCohort().officer("many", 3, 6, 8, true).officer("some", 2, 4, 4, false)
		.officer("few", 1, 2, 2, true).officer("other", 0, 1, 3, false).officer("late", 0, 0, 1, true)
		.officer("first-timer", 0, 0, 0, true).quiet(14);

	@Test
	void recallCountsFirstTimersAmongThePositivesAndPrecisionCountsTheFlagged() {
		List<EvaluationLine> lines = Evaluation.of(fixtures.cohort(), fixtures.outcome(),
				List.of(Ranking.of(IndicatorRanking.complaintCount(),
						fixtures.cohort())),
				List.of(0.10, 0.20, 0.50), Bootstrap.STANDARD);

		assertThat(lines).extracting(EvaluationLine::flagged).containsExactly(2, 4, 4);
		assertThat(lines).extracting(EvaluationLine::truePositives).containsExactly(1, 2, 2);
		assertThat(lines).extracting(EvaluationLine::positives).containsExactly(4, 4, 4);
		assertThat(lines.get(0).recall()).isEqualTo(0.25);
		assertThat(lines.get(0).precision()).isEqualTo(0.5);
		assertThat(lines.get(2).recall())
			.as("'late' has no complaint in two years and 'first-timer' none at all: count ranking cannot reach them")
			.isEqualTo(0.5);
		assertThat(lines.get(2).budgetSize()).isEqualTo(10);
	}

	@Test
	void intervalsAreRepeatableSurroundTheEstimateAndAreSharedByEveryMethod() {
		List<Ranking> rankings = List.of(Ranking.of(IndicatorRanking.complaintCount(), fixtures.cohort()),
				Ranking.of(IndicatorRanking.threshold(2, 12), fixtures.cohort()));
		List<EvaluationLine> once = Evaluation.of(fixtures.cohort(), fixtures.outcome(), rankings, List.of(0.10),
				Bootstrap.STANDARD);
		List<EvaluationLine> again = Evaluation.of(fixtures.cohort(), fixtures.outcome(), rankings, List.of(0.10),
				Bootstrap.STANDARD);

		assertThat(again).isEqualTo(once);
		for (EvaluationLine line : once) {
			assertThat(line.recallInterval().low()).isLessThanOrEqualTo(line.recall());
			assertThat(line.recallInterval().high()).isGreaterThanOrEqualTo(line.recall());
			assertThat(line.recallInterval().high() - line.recallInterval().low()).as("20 officers say little")
				.isGreaterThan(0.2);
		}
		assertThat(once.get(1).recallInterval()).as("the threshold flags the same two officers at 10 %")
			.isEqualTo(once.get(0).recallInterval());
	}

	@Test
	void aPerfectRankingHasRecallOneOnEveryDraw() {
		CohortFixtures perfect = aCohort().officer("a", 2, 2, 2, true).officer("b", 1, 1, 1, true).quiet(18);

		EvaluationLine line = Evaluation
			.of(perfect.cohort(), perfect.outcome(), List.of(Ranking.of(IndicatorRanking.complaintCount(),
					perfect.cohort())), List.of(0.10), new Bootstrap(200, 7))
			.get(0);

		assertThat(line.recall()).isEqualTo(1.0);
		assertThat(line.recallInterval()).isEqualTo(new ConfidenceInterval(1.0, 1.0));
		assertThat(line.precision()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void aDifferentSeedGivesDifferentDrawsButTheSamePointEstimate() {
		var rankings = List.of(Ranking.of(IndicatorRanking.complaintCount(), fixtures.cohort()));
		EvaluationLine one = Evaluation
			.of(fixtures.cohort(), fixtures.outcome(), rankings, List.of(0.2), new Bootstrap(1000, 1)).get(0);
		EvaluationLine other = Evaluation
			.of(fixtures.cohort(), fixtures.outcome(), rankings, List.of(0.2), new Bootstrap(1000, 2)).get(0);

		assertThat(one.recall()).isEqualTo(other.recall());
		assertThat(one.recallInterval().low()).isBetween(0.0, 0.5);
	}
}
