package org.leoprotocol.earlywarning.rules;

import org.junit.jupiter.api.Test;

import org.leoprotocol.earlywarning.ReasonFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.earlywarning.IndicatorsFixtures.anOfficer;

class RepeatedInsufficientEvidencePolicyTests {

	final RepeatedInsufficientEvidencePolicy policy = new RepeatedInsufficientEvidencePolicy();
	final RuleSetting twoInThreeYears = new RuleSetting(RepeatedInsufficientEvidencePolicy.NAME, true, 2, 36);

	@Test
	void twoComplaintsOfOneKindEachClosedForLackOfEvidenceAreAPattern() {
		var reason = policy.evaluate(anOfficer().notSustainedRepeatedly("NEGLECT_OF_DUTY", 2).build(), twoInThreeYears);

		assertThat(reason).get().extracting(ReasonFixtures::words)
			.isEqualTo("Repeated insufficient-evidence pattern: 2 separate "
					+ "complaints of neglect of duty within 36 months, each closed not sustained for lack of evidence");
	}

	@Test
	void oneSuchComplaintIsNoPattern() {
		assertThat(policy.evaluate(anOfficer().notSustainedRepeatedly("FORCE", 1).build(), twoInThreeYears)).isEmpty();
	}

	@Test
	void outweighsACountOfTheSameComplaints() {
		var pattern = policy.evaluate(anOfficer().notSustainedRepeatedly("FORCE", 2).build(), twoInThreeYears)
			.orElseThrow();
		var count = new ComplaintThresholdPolicy().evaluate(anOfficer().inThresholdWindow(2).build(),
				new RuleSetting(ComplaintThresholdPolicy.NAME, true, 2, 12))
			.orElseThrow();

		assertThat(pattern.weight()).isGreaterThan(count.weight());
	}
}
