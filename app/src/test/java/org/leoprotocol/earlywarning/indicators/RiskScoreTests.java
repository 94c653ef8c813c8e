package org.leoprotocol.earlywarning.indicators;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.earlywarning.IndicatorsFixtures.anOfficer;

class RiskScoreTests {

	@Test
	void everyComplaintOfTheLastTwoYearsCountsWhateverItsFinding() {
		assertThat(RiskScore.of(anOfficer().complaints(1, 2, 6).sustained(3).build())).isEqualTo(2);
	}

	@Test
	void aPatternAndAProtocolFindingRaiseTheScore() {
		double plain = RiskScore.of(anOfficer().complaints(1, 2, 2).build());
		double pattern = RiskScore
			.of(anOfficer().complaints(1, 2, 2).notSustainedRepeatedly("FORCE", 2).protocolFindings(1, "late").build());

		assertThat(pattern).isEqualTo(plain + 1 + 3);
	}

	@Test
	void nothingOnRecordScoresZero() {
		assertThat(RiskScore.of(anOfficer().build())).isZero();
	}
}
