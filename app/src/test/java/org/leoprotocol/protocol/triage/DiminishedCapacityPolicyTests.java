package org.leoprotocol.protocol.triage;

import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.PersonFixtures;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.protocol.RiskFactor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiminishedCapacityPolicyTests {

	final DiminishedCapacityPolicy policy = new DiminishedCapacityPolicy();

	@Test
	void aMentallyDiminishedOrDisorientedPersonIsHighPriority() {
		assertThat(policy.assess(IncidentKind.MISSING_VULNERABLE_ADULT,
				PersonFixtures.anAdult(81, Condition.UNKNOWN, RiskFactor.MENTALLY_DIMINISHED)))
			.hasValueSatisfying(reason -> assertThat(reason.reason()).isEqualTo("mentally diminished"));
		assertThat(
				policy.assess(IncidentKind.VULNERABLE_ADULT_FOUND, PersonFixtures.anAdult(81, Condition.DISORIENTED)))
			.hasValueSatisfying(reason -> assertThat(reason.priority()).isEqualTo(Priority.HIGH));
	}

	@Test
	void otherwiseItDoesNotApply() {
		assertThat(policy.assess(IncidentKind.VULNERABLE_ADULT_FOUND, PersonFixtures.anAdult(40, Condition.UNHARMED)))
			.isEmpty();
	}
}
