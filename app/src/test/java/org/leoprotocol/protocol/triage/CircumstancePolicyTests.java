package org.leoprotocol.protocol.triage;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.PersonFixtures;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.protocol.RiskFactor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CircumstancePolicyTests {

	final CircumstancePolicy policy = new CircumstancePolicy();

	@Test
	void situationalCircumstancesAreHighPriorityAndAllNamedInTheReason() {
		assertThat(policy.assess(IncidentKind.MISSING_CHILD,
				PersonFixtures.aChild(15, RiskFactor.NEAR_HAZARD, RiskFactor.ADVERSE_WEATHER)))
			.hasValueSatisfying(reason -> {
				assertThat(reason.priority()).isEqualTo(Priority.HIGH);
				assertThat(reason.reason()).isEqualTo("near water, traffic or another hazard, adverse weather");
			});
	}

	@Test
	void withoutThemItDoesNotApply() {
		assertThat(
				policy.assess(IncidentKind.MISSING_CHILD, PersonFixtures.aChild(15, RiskFactor.MEDICATION_DEPENDENT)))
			.isEmpty();
	}
}
