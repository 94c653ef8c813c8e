package org.leoprotocol.earlywarning.rules;

import org.junit.jupiter.api.Test;

import org.leoprotocol.earlywarning.ReasonFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.earlywarning.IndicatorsFixtures.anOfficer;

class ProtocolFindingPolicyTests {

	final ProtocolFindingPolicy policy = new ProtocolFindingPolicy();
	final RuleSetting anyInAYear = new RuleSetting(ProtocolFindingPolicy.NAME, true, 1, 12);

	@Test
	void quotesTheFinding() {
		var reason = policy.evaluate(anOfficer().protocolFindings(1, "on scene 11:42 before first engagement").build(),
				anyInAYear);

		assertThat(reason).get().extracting(ReasonFixtures::words)
			.isEqualTo("Leo's Protocol finding: on scene 11:42 before first engagement");
	}

	@Test
	void namesEveryFindingInTheWindowNotOnlyTheNewest() {
		var reason = policy.evaluate(anOfficer().protocolFindings(2,
				"on scene 11:42 before first engagement; camera off 5:00 during engagement (14:21:00–14:26:00 UTC)")
			.build(), anyInAYear);

		assertThat(reason).get().extracting(ReasonFixtures::words)
			.isEqualTo("Leo's Protocol findings (2 in 12 months): on scene 11:42 before "
					+ "first engagement; camera off 5:00 during engagement (14:21:00–14:26:00 UTC)");
	}

	@Test
	void staysSilentWithoutFindings() {
		assertThat(policy.evaluate(anOfficer().build(), anyInAYear)).isEmpty();
	}
}
