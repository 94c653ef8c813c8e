package org.leoprotocol.protocol.escalation;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.leoprotocol.personnel.Supervision;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.definition.EscalationLevel;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationDeliveryTests {

	static final EscalationKey KEY = new EscalationKey(IncidentId.random(), "ENGAGE_PERSON", 2);

	@Test
	void aNoticeNamesItsEscalationAsCauseSoTheAcknowledgementFindsItsWayBack() {
		String cause = EscalationDelivery.cause(KEY);

		assertThat(cause).isEqualTo("escalation:" + KEY.incident() + ":ENGAGE_PERSON:2");
		assertThat(EscalationDelivery.fromCause(cause)).contains(KEY);
		assertThat(EscalationDelivery.fromCause("deadline:case-1:P30D")).isEmpty();
		assertThat(EscalationDelivery.fromCause(null)).isEmpty();
	}

	@Test
	void aProtocolsSupervisorIsTheSergeantOnDutyAndItsCommandTheWatchCommanderFirst() {
		assertThat(EscalationRungs.supervision(Role.SUPERVISOR)).isEqualTo(Supervision.SUPERVISOR);
		assertThat(EscalationRungs.supervision(Role.COMMAND)).isEqualTo(Supervision.WATCH_COMMANDER);
	}

	@Test
	void eachRoundOfAnEscalationHasItsOwnAcknowledgementDeadline() {
		String instance = AcknowledgementDeadline.instanceId(KEY, 1);

		assertThat(AcknowledgementDeadline.key(instance)).isEqualTo(KEY);
		assertThat(AcknowledgementDeadline.round(instance)).isEqualTo(1);
	}

	@Test
	void supervisorsHaveTwoMinutesToAcknowledgeUnlessTheProtocolSaysOtherwise() {
		assertThat(new EscalationLevel(2, Role.SUPERVISOR, Duration.ofMinutes(3)).acknowledgeWithin())
			.isEqualTo(Duration.ofMinutes(2));
		assertThat(new EscalationLevel(1, Role.OFFICER, Duration.ZERO).acknowledgeWithin()).isNull();
		assertThat(new EscalationLevel(3, Role.COMMAND, Duration.ZERO, Duration.ofSeconds(30)).acknowledgeWithin())
			.isEqualTo(Duration.ofSeconds(30));
		assertThatThrownBy(() -> new EscalationLevel(2, Role.SUPERVISOR, Duration.ZERO, Duration.ZERO))
			.isInstanceOf(InvalidInput.class);
	}
}
