package org.leoprotocol.protocol.triage;

import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.PersonFixtures;
import org.leoprotocol.protocol.RiskFactor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MedicationDependencyPolicyTests {

	final MedicationDependencyPolicy policy = new MedicationDependencyPolicy();

	@Test
	void dependenceOnMedicationIsHighPriority() {
		assertThat(policy.assess(IncidentKind.MISSING_VULNERABLE_ADULT,
				PersonFixtures.anAdult(52, Condition.UNKNOWN, RiskFactor.MEDICATION_DEPENDENT)))
			.hasValueSatisfying(reason -> assertThat(reason.source()).isEqualTo("NCMEC unusual circumstance 4"));
		assertThat(policy.assess(IncidentKind.MISSING_VULNERABLE_ADULT, PersonFixtures.anAdult(52, Condition.UNKNOWN)))
			.isEmpty();
	}
}
