package org.leoprotocol.protocol.triage;

import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.PersonFixtures;
import org.leoprotocol.protocol.Priority;

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
