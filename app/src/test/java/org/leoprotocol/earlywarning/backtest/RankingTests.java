package org.leoprotocol.earlywarning.backtest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.earlywarning.backtest.CohortFixtures.aCohort;

class RankingTests {

	@Test
	void equalCountsAreOrderedByTheSecondaryIndicatorsNotByChance() {
		Cohort cohort = aCohort().officer("b", 0, 3, 3, false).officer("a", 1, 3, 3, false).officer("c", 1, 3, 4, false)
			.quiet(7)
			.cohort();

		Ranking ranking = Ranking.of(IndicatorRanking.complaintCount(), cohort);

		assertThat(ranking.places().subList(0, 3)).extracting(place -> place.officer().externalId())
			.containsExactly("c", "a", "b");
		assertThat(ranking.places().get(0).rank()).isEqualTo(1);
		assertThat(ranking.cutDecidedById(0.10)).isFalse();
	}

	@Test
	void whenNothingTellsTwoOfficersApartTheExternalIdDecidesAndTheRankingSaysSo() {
		Cohort cohort = aCohort().officer("z-officer", 1, 2, 2, false).officer("a-officer", 1, 2, 2, false).quiet(8)
			.cohort();

		Ranking ranking = Ranking.of(IndicatorRanking.complaintCount(), cohort);

		assertThat(ranking.flagged(0.10)).extracting(place -> place.officer().externalId())
			.containsExactly("a-officer");
		assertThat(ranking.cutDecidedById(0.10)).isTrue();
		assertThat(ranking.cutDecidedById(0.20)).isFalse();
	}

	@Test
	void theBudgetCountsOfficersWithoutComplaintsButNeverFlagsAnOfficerScoredZero() {
		Cohort cohort = aCohort().officer("one", 1, 1, 1, false).quiet(19).cohort();

		Ranking ranking = Ranking.of(IndicatorRanking.complaintCount(), cohort);

		assertThat(cohort.size()).isEqualTo(20);
		assertThat(ranking.budgetSize(0.10)).isEqualTo(2);
		assertThat(ranking.budgetSize(0.05)).isEqualTo(1);
		assertThat(ranking.budgetSize(0.01)).isEqualTo(1);
		assertThat(ranking.flagged(0.10)).extracting(place -> place.officer().externalId()).containsExactly("one");
		assertThat(ranking.places()).hasSize(20);
	}

	@Test
	void theThresholdFlagsOnlyOfficersAtOrAboveItMostComplaintsFirst() {
		Cohort cohort = aCohort().officer("two", 2, 2, 2, false).officer("three", 3, 3, 3, false)
			.officer("one", 1, 5, 5, false)
			.quiet(7).cohort();

		Ranking ranking = Ranking.of(IndicatorRanking.threshold(2, 12), cohort);

		assertThat(ranking.flagged(0.50)).extracting(place -> place.officer().externalId()).containsExactly("three",
				"two");
		assertThat(ranking.flagged(0.10)).extracting(place -> place.officer().externalId()).containsExactly("three");
	}

	@Test
	void scoresCompareByValueThenEachSecondaryIndicator() {
		assertThat(new Score(2, 1).compareForRanking(new Score(1, 9))).isNegative();
		assertThat(new Score(2, 1, 5).compareForRanking(new Score(2, 1, 4))).isNegative();
		assertThat(new Score(2, 1).compareForRanking(new Score(2, 1, 0))).isZero();
		assertThat(List.of(new Score(1, 2))).containsExactly(new Score(1, 2));
	}
}
