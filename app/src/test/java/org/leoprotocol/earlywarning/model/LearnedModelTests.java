package org.leoprotocol.earlywarning.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The learned model on a small synthetic agency: no look-ahead, contributions that add up, fallback, validation. */
class LearnedModelTests {

	static final LocalDate AS_OF = LocalDate.of(2018, 1, 1);

	@Test
	void changingDataAfterTheAsOfDateChangesNeitherFeaturesNorScores() {
		AgencyHistory before = SyntheticAgency.builder(400, 2012, 2019, 42).build();
		AgencyHistoryBuilder changed = SyntheticAgency.builder(400, 2012, 2019, 42);
		// the future: new complaints on and after the date, a Protocol finding and a commendation after it
		for (int k = 0; k < 300; k++) {
			UUID complaint = new UUID(3, k);
			changed.complaint(complaint, AS_OF.plusDays(k), AS_OF.plusDays(k + 30));
			changed.allegation(complaint, new UUID(1, k % 400), "FORCE", "SUSTAINED");
		}
		changed.protocolFinding(new UUID(1, 5), AS_OF.plusDays(3), null);
		changed.commendation(new UUID(1, 6), AS_OF);
		// a complaint received before the date but decided after it: its finding must not show on the date
		UUID late = new UUID(4, 1);
		changed.complaint(late, AS_OF.minusDays(10), AS_OF.plusDays(40));
		changed.allegation(late, new UUID(1, 7), "FORCE", "SUSTAINED");
		AgencyHistory after = changed.build();
		UUID lateSibling = new UUID(4, 2);
		AgencyHistoryBuilder differentFinding = SyntheticAgency.builder(400, 2012, 2019, 42);
		differentFinding.complaint(lateSibling, AS_OF.minusDays(10), AS_OF.plusDays(40));
		differentFinding.allegation(lateSibling, new UUID(1, 7), "FORCE", "UNFOUNDED");
		AgencyHistory otherOutcome = differentFinding.build();

		FeatureTable a = FeatureTable.of(after, AS_OF);
		FeatureTable b = FeatureTable.of(otherOutcome, AS_OF);
		assertThat(a.values).containsExactly(b.values);
		assertThat(FeatureTable.of(before, AS_OF).values).containsExactly(FeatureTable.of(before, AS_OF).values);

		RollingFit fitA = RollingOrigin.train(after, AS_OF);
		RollingFit fitB = RollingOrigin.train(otherOutcome, AS_OF);
		assertThat(fitA.trained()).isTrue();
		assertThat(fitA.trees().scores(a)).containsExactly(fitB.trees().scores(b));
		fitA.trees().close();
		fitB.trees().close();
	}

	@Test
	void aComplaintBeforeTheDateCountsButItsLaterFindingDoesNot() {
		AgencyHistoryBuilder builder = new AgencyHistoryBuilder("X");
		UUID officer = new UUID(1, 1);
		builder.officer(officer, "1", "A", "PO", "U1", LocalDate.of(2010, 1, 1), null, null, null);
		UUID complaint = new UUID(2, 1);
		builder.complaint(complaint, AS_OF.minusDays(10), AS_OF.plusDays(40));
		builder.allegation(complaint, officer, "FORCE", "SUSTAINED");
		FeatureTable table = FeatureTable.of(builder.build(), AS_OF);
		assertThat(table.value(0, Feature.COMPLAINTS_2Y)).isEqualTo(1);
		assertThat(table.value(0, Feature.OPEN_COMPLAINTS)).isEqualTo(1);
		assertThat(table.value(0, Feature.SUSTAINED_CAREER)).isZero();
		assertThat(table.value(0, Feature.FORCE_2Y)).isEqualTo(1);
	}

	@Test
	void contributionsAddUpToTheScoreAndTheRiskyOfficersRankHigh() {
		AgencyHistory history = SyntheticAgency.builder(400, 2012, 2019, 7).build();
		RollingFit fit = RollingOrigin.train(history, AS_OF);
		FeatureTable table = FeatureTable.of(history, AS_OF);
		float[] scores = fit.trees().scores(table);
		float[][] contributions = fit.trees().contributions(table);
		fit.trees().close();
		for (int row = 0; row < 5; row++) {
			double logit = 0;
			for (float c : contributions[row]) {
				logit += c;
			}
			assertThat(1 / (1 + Math.exp(-logit))).isCloseTo(scores[row], org.assertj.core.data.Offset.offset(1e-4));
		}
		int[] order = Validation.order(table, scores);
		long risky = java.util.Arrays.stream(order).limit(20).filter(row -> table.officers[row] % 8 == 0).count();
		assertThat(risky).isGreaterThanOrEqualTo(14);
	}

	@Test
	void tooLittleHistoryFallsBackToTheRuleScoreAndSaysWhy() {
		AgencyHistory history = SyntheticAgency.builder(60, 2017, 2017, 3).build();
		RollingFit fit = RollingOrigin.train(history, AS_OF);
		assertThat(fit.trained()).isFalse();
		assertThat(fit.tooLittle().key()).isEqualTo("ewmodel.fallback.years");
	}

	@Test
	void validationComparesWithCountRankingAndAuditsFairness() {
		AgencyHistory history = SyntheticAgency.builder(400, 2010, 2019, 11).build();
		Validation.Result result = Validation.run(history, List.of(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1)),
				0.05, null, 1);
		assertThat(result.years()).hasSize(2).allSatisfy(year -> {
			assertThat(year.trained()).isTrue();
			assertThat(year.budget()).isEqualTo((int) Math.ceil(0.05 * year.cohort()));
			assertThat(year.modelHits()).isLessThanOrEqualTo(year.budget());
		});
		assertThat(result.low()).isLessThanOrEqualTo(result.high());
		assertThat(result.fairness()).extracting(Validation.Group::attribute).contains("race", "gender");
		int selected = result.fairness().stream().filter(g -> g.attribute().equals("race"))
			.mapToInt(Validation.Group::selected).sum();
		assertThat(selected).isEqualTo(result.years().stream().mapToInt(Validation.Year::budget).sum());
	}
}
