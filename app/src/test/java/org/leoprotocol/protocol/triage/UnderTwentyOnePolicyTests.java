package org.leoprotocol.protocol.triage;

import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.PersonFixtures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnderTwentyOnePolicyTests {

	final UnderTwentyOnePolicy policy = new UnderTwentyOnePolicy();

	@Test
	void aMissingPersonUnderTwentyOneIsHighPriority() {
		assertThat(policy.assess(IncidentKind.MISSING_VULNERABLE_ADULT, PersonFixtures.anAdult(19, Condition.UNKNOWN)))
			.hasValueSatisfying(reason -> assertThat(reason.source()).contains("34 U.S.C. 41307"));
	}

	@Test
	void foundPeopleAndPeopleOfTwentyOneOrMoreAreNotRaisedByIt() {
		assertThat(policy.assess(IncidentKind.FOUND_CHILD, PersonFixtures.aChild(15))).isEmpty();
		assertThat(policy.assess(IncidentKind.MISSING_VULNERABLE_ADULT, PersonFixtures.anAdult(21, Condition.UNKNOWN)))
			.isEmpty();
	}
}
