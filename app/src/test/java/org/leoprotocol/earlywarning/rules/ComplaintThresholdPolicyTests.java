package org.leoprotocol.earlywarning.rules;

import org.junit.jupiter.api.Test;

import org.leoprotocol.earlywarning.ReasonFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.earlywarning.IndicatorsFixtures.anOfficer;

class ComplaintThresholdPolicyTests {

	final ComplaintThresholdPolicy policy = new ComplaintThresholdPolicy();
	final RuleSetting twoInTwelveMonths = new RuleSetting(ComplaintThresholdPolicy.NAME, true, 2, 12);

	@Test
	void firesAtTheThresholdAndSaysHowManyInWhichWindow() {
		var reason = policy.evaluate(anOfficer().inThresholdWindow(2).build(), twoInTwelveMonths);

		assertThat(reason).get().extracting(ReasonFixtures::words)
			.isEqualTo("2 complaints received in the last 12 months (the agency's threshold is 2)");
	}

	@Test
	void staysSilentBelowTheThreshold() {
		assertThat(policy.evaluate(anOfficer().inThresholdWindow(1).complaints(1, 5, 9).build(), twoInTwelveMonths))
			.isEmpty();
	}
}
