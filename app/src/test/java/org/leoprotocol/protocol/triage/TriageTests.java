package org.leoprotocol.protocol.triage;

import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.PersonFixtures;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.protocol.RiskFactor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TriageTests {

	@Test
	void theHighestPriorityWinsAndEveryReasonIsKept() {
		PriorityAssessment assessment = Triage.STANDARD.assess(IncidentKind.MISSING_CHILD,
				PersonFixtures.aChild(5, RiskFactor.FOUL_PLAY_SUSPECTED));

		assertThat(assessment.priority()).isEqualTo(Priority.CRITICAL);
		assertThat(assessment.reasons()).extracting(PriorityReason::reason)
			.containsExactly("child aged 5, 13 or younger", "missing and under 21", "foul play suspected");
	}

	@Test
	void withNoReasonThePriorityIsStandard() {
		PriorityAssessment assessment = Triage.STANDARD.assess(IncidentKind.VULNERABLE_ADULT_FOUND,
				PersonFixtures.anAdult(45, Condition.UNHARMED));

		assertThat(assessment.priority()).isEqualTo(Priority.STANDARD);
		assertThat(assessment.reasons()).isEmpty();
	}

	@Test
	void aReasonSurvivesItsStoredText() {
		PriorityReason reason = new PriorityReason(Priority.HIGH, "child aged 5, 13 or younger",
				"NCMEC unusual circumstance 1");

		assertThat(PriorityReason.parse(reason.text())).isEqualTo(reason);
	}
}
