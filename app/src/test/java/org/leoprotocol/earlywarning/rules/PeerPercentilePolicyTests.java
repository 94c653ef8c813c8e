package org.leoprotocol.earlywarning.rules;

import org.junit.jupiter.api.Test;

import org.leoprotocol.earlywarning.ReasonFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.earlywarning.IndicatorsFixtures.anOfficer;

class PeerPercentilePolicyTests {

	final PeerPercentilePolicy policy = new PeerPercentilePolicy();
	final RuleSetting ninetyFifth = new RuleSetting(PeerPercentilePolicy.NAME, true, 95, 24);

	@Test
	void firesAboveThePercentileOfEnoughPeers() {
		var reason = policy.evaluate(anOfficer().peers(40, 0.975, 4).build(), ninetyFifth);

		assertThat(reason).get().extracting(ReasonFixtures::words)
			.isEqualTo("4 complaints in the last 24 months: more than 98 % of 39 peers of the same rank and service");
	}

	@Test
	void aSmallPeerGroupSaysTooLittle() {
		assertThat(policy.evaluate(anOfficer().peers(PeerPercentilePolicy.MIN_PEERS - 1, 1.0, 3).build(), ninetyFifth))
			.isEmpty();
	}

	@Test
	void noComplaintIsNeverAboveAnyone() {
		assertThat(policy.evaluate(anOfficer().peers(100, 0.99, 0).build(), ninetyFifth)).isEmpty();
	}

	@Test
	void staysSilentBelowThePercentile() {
		assertThat(policy.evaluate(anOfficer().peers(100, 0.90, 2).build(), ninetyFifth)).isEmpty();
	}
}
