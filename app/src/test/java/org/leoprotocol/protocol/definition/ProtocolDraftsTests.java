package org.leoprotocol.protocol.definition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.web.ProtocolDraft;
import org.leoprotocol.protocol.web.LevelDraft;
import org.leoprotocol.protocol.web.StepDraft;
import org.leoprotocol.shared.Refusal;
import org.leoprotocol.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

public class ProtocolDraftsTests {

	public static final ProtocolStep ENGAGE = new ProtocolStep("ENGAGE_PERSON", 1, "Engage the person",
			"Kneel, speak calmly.",
			Role.OFFICER, Anchor.UNIT_ARRIVED, Duration.ofSeconds(150), Set.of(IncidentKind.FOUND_CHILD), 18, null,
			"Leo's Protocol 1", List.of(new EscalationLevel(1, Role.OFFICER, Duration.ZERO),
					new EscalationLevel(2, Role.SUPERVISOR, Duration.ofSeconds(90))));

	@Test
	void anUnchangedDraftOfAVersionGivesBackItsSteps() {
		ProtocolVersion version = new ProtocolVersion(3, "Third", Instant.EPOCH, "command", "why", List.of(ENGAGE));
		ProtocolDraft draft = ProtocolDrafts.of(version);

		assertThat(draft.steps().get(0).deadlineMinutes()).isEqualTo("2");
		assertThat(draft.steps().get(0).deadlineSeconds()).isEqualTo("30");
		assertThat(ProtocolDrafts.check(draft.steps(), Refusal::messageKey).steps()).containsExactly(ENGAGE);
	}

	@Test
	void levelsWithNoRoleAreDroppedAndTheRestNumberedInOrder() {
		StepDraft step = ProtocolDrafts
			.of(new ProtocolVersion(3, "Third", Instant.EPOCH, "command", "why", List.of(ENGAGE)))
			.steps().get(0);
		StepDraft changed = new StepDraft(step.code(), step.title(), step.instruction(), step.actingRole(),
				step.anchor(), "2",
				"30", step.appliesTo(), step.underAge(), step.completedBy(), step.source(),
				List.of(LevelDraft.blank(), new LevelDraft("COMMAND", "5", "")), false, null);

		List<EscalationLevel> chain = ProtocolDrafts.check(List.of(changed), Refusal::messageKey).steps().get(0)
			.escalations();

		assertThat(chain).containsExactly(new EscalationLevel(1, Role.COMMAND, Duration.ofMinutes(5)));
	}

	@Test
	void aRefusedStepCarriesTheReasonAndTheOthersStayAsTheyWere() {
		StepDraft step = ProtocolDrafts
			.of(new ProtocolVersion(3, "Third", Instant.EPOCH, "command", "why", List.of(ENGAGE)))
			.steps().get(0);
		StepDraft untitled = new StepDraft("SECOND", "", "i", "OFFICER", "UNIT_ARRIVED", "1", "0",
				List.of("FOUND_CHILD"), "",
				"", "s", List.of(new LevelDraft("OFFICER", "0", "0")), false, null);

		ProtocolDrafts.Checked checked = ProtocolDrafts.check(List.of(step, untitled), Refusal::messageKey);

		assertThat(checked.refused()).isTrue();
		assertThat(checked.drafts().get(0).problem()).isNull();
		assertThat(checked.drafts().get(1).problem()).isEqualTo("protocol.step.text.missing");
	}
}
