package org.leoprotocol.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MedicalConditionPolicyTests {

	final MedicalConditionPolicy policy = new MedicalConditionPolicy();

	@Test
	void aMedicalEmergencyIsCriticalAndAnInjuryHigh() {
		assertThat(policy.assess(IncidentKind.VULNERABLE_ADULT_FOUND,
				PersonFixtures.anAdult(70, Condition.MEDICAL_EMERGENCY)))
			.hasValueSatisfying(reason -> assertThat(reason.priority()).isEqualTo(Priority.CRITICAL));
		assertThat(policy.assess(IncidentKind.VULNERABLE_ADULT_FOUND, PersonFixtures.anAdult(70, Condition.INJURED)))
			.hasValueSatisfying(reason -> assertThat(reason.priority()).isEqualTo(Priority.HIGH));
	}

	@Test
	void distressIsNotAMedicalCondition() {
		assertThat(policy.assess(IncidentKind.VULNERABLE_ADULT_FOUND, PersonFixtures.anAdult(70, Condition.DISTRESSED)))
			.isEmpty();
	}
}
