package org.leoprotocol.protocol.triage;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.protocol.PersonFixtures;
import org.leoprotocol.protocol.Priority;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YoungChildPolicyTests {

	final YoungChildPolicy policy = new YoungChildPolicy();

	@Test
	void aChildOfThirteenOrYoungerIsHighPriority() {
		assertThat(policy.assess(IncidentKind.FOUND_CHILD, PersonFixtures.aChild(5))).hasValueSatisfying(reason -> {
			assertThat(reason.priority()).isEqualTo(Priority.HIGH);
			assertThat(reason.source()).isEqualTo("NCMEC unusual circumstance 1");
		});
		assertThat(policy.assess(IncidentKind.MISSING_CHILD, PersonFixtures.aChild(13))).isPresent();
	}

	@Test
	void anOlderChildOrAnUnknownAgeIsNotRaisedByAge() {
		assertThat(policy.assess(IncidentKind.MISSING_CHILD, PersonFixtures.aChild(14))).isEmpty();
		assertThat(policy.assess(IncidentKind.FOUND_CHILD, new PersonAtRisk(null, null, "blue coat", null, null)))
			.isEmpty();
	}
}
