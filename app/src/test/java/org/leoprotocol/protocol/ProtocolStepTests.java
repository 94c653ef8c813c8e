package org.leoprotocol.protocol;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.leoprotocol.protocol.definition.Anchor;
import org.leoprotocol.protocol.definition.EscalationLevel;
import org.leoprotocol.protocol.definition.ProtocolStep;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProtocolStepTests {

	@Test
	void aStepAppliesToItsKindsAndBelowItsAgeLimit() {
		ProtocolStep ncic = step("NCIC_ENTRY", 21, List.of(level(1, Role.OFFICER, 0)));

		assertThat(ncic.appliesTo(IncidentKind.MISSING_CHILD, 20)).isTrue();
		assertThat(ncic.appliesTo(IncidentKind.MISSING_CHILD, null)).isTrue();
		assertThat(ncic.appliesTo(IncidentKind.MISSING_CHILD, 21)).isFalse();
		assertThat(ncic.appliesTo(IncidentKind.FOUND_CHILD, 5)).isFalse();
	}

	@Test
	void anEscalationChainRunsUpwardsWithoutGaps() {
		assertThatThrownBy(() -> step("X1", null, List.of(level(1, Role.OFFICER, 0), level(3, Role.COMMAND, 60))))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("protocol.step.escalation.gap"));
		assertThatThrownBy(() -> step("X1", null, List.of(level(1, Role.OFFICER, 300), level(2, Role.COMMAND, 60))))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("protocol.step.escalation.order"));
		assertThatThrownBy(() -> step("X1", null, List.of(level(1, Role.ADMIN, 0))))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("protocol.escalation.notified.invalid"));
	}

	@Test
	void deadlinesAndAgeLimitsStayWithinSenseSoTheDatabaseNeverRefusesThem() {
		assertThatThrownBy(() -> new ProtocolStep("X1", 1, "t", "i", Role.OFFICER, Anchor.REPORT_RECEIVED,
				Duration.ofDays(400), Set.of(IncidentKind.MISSING_CHILD), null, null, "s",
				List.of(level(1, Role.OFFICER, 0))))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("protocol.step.deadline.invalid"));
		assertThatThrownBy(() -> step("X1", 0, List.of(level(1, Role.OFFICER, 0))))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("protocol.step.age.invalid"));
	}

	@Test
	void aVersionRefusesTwoStepsWithOneCode() {
		ProtocolStep step = step("X1", null, List.of(level(1, Role.OFFICER, 0)));
		assertThatThrownBy(() -> new ProtocolVersion(2, "v2", null, "chief", null, List.of(step, step)))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("protocol.version.step.twice"));
	}

	static ProtocolStep step(String code, Integer underAge, List<EscalationLevel> chain) {
		return new ProtocolStep(code, 1, "Enter into NCIC", "Enter the minimum data elements.", Role.OFFICER,
				Anchor.REPORT_RECEIVED,
				Duration.ofHours(2), Set.of(IncidentKind.MISSING_CHILD), underAge, null, "34 U.S.C. 41308(a)(3)",
				chain);
	}

	static EscalationLevel level(int level, Role role, int afterSeconds) {
		return new EscalationLevel(level, role, Duration.ofSeconds(afterSeconds));
	}
}
