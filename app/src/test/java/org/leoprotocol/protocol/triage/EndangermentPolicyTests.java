package org.leoprotocol.protocol.triage;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.PersonFixtures;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.protocol.RiskFactor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EndangermentPolicyTests {

	final EndangermentPolicy policy = new EndangermentPolicy();

	@Test
	void foulPlayLifeThreateningSituationsAndDangerousCompanyAreCritical() {
		for (RiskFactor factor : new RiskFactor[] { RiskFactor.FOUL_PLAY_SUSPECTED,
				RiskFactor.LIFE_THREATENING_SITUATION,
				RiskFactor.WITH_ENDANGERING_PERSONS }) {
			assertThat(policy.assess(IncidentKind.MISSING_CHILD, PersonFixtures.aChild(16, factor)))
				.hasValueSatisfying(reason -> assertThat(reason.priority()).isEqualTo(Priority.CRITICAL));
		}
	}

	@Test
	void withoutThemItDoesNotApply() {
		assertThat(policy.assess(IncidentKind.MISSING_CHILD, PersonFixtures.aChild(16, RiskFactor.ADVERSE_WEATHER)))
			.isEmpty();
	}
}
