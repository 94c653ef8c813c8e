package org.leoprotocol.protocol.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.PersonFixtures;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.incident.IncidentStatus;
import org.leoprotocol.protocol.triage.Triage;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PerformerPolicyTests {

	static final Instant T0 = Instant.parse("2026-06-13T14:00:00Z");
	static final OfficerId DEPUTY = new OfficerId(UUID.randomUUID());
	static final OfficerId SECOND_DEPUTY = new OfficerId(UUID.randomUUID());
	static final OfficerId COMMANDER = new OfficerId(UUID.randomUUID());
	static final Set<OfficerId> ON_INCIDENT = Set.of(DEPUTY, SECOND_DEPUTY, COMMANDER);

	@Test
	void theOfficersOnAnIncidentAreTheResponsibleOneAndEveryoneDispatched() {
		List<TimelineEntry> timeline = List.of(
				TimelineEntry.of(T0, TimelineEventType.ASSIGNED, DEPUTY, null, "dispatch", T0),
				TimelineEntry.of(T0, TimelineEventType.ARRIVED, SECOND_DEPUTY, null, "dispatch", T0),
				TimelineEntry.of(T0, TimelineEventType.RECORDING_STARTED, COMMANDER, null, "dispatch", T0));

		assertThat(PerformerPolicy.onIncident(incident(DEPUTY), timeline)).containsExactly(DEPUTY, SECOND_DEPUTY);
	}

	@Test
	void theResponsibleOfficerRecordingTheirOwnStepNeedNotNameThemselves() {
		assertThat(PerformerPolicy.performer(officer(DEPUTY, Role.OFFICER), null, DEPUTY, ON_INCIDENT))
			.isEqualTo(DEPUTY);
		assertThat(PerformerPolicy.performer(officer(SECOND_DEPUTY, Role.OFFICER), null, DEPUTY, ON_INCIDENT))
			.isEqualTo(SECOND_DEPUTY);
	}

	@Test
	void aWatchCommanderClickingMustChooseTheDeputyEvenWhenOnScene() {
		Actor commander = officer(COMMANDER, Role.COMMAND);

		assertThatThrownBy(() -> PerformerPolicy.performer(commander, null, DEPUTY, ON_INCIDENT))
			.isInstanceOfSatisfying(AttributionRefused.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("protocol-acts.performer.required");
				assertThat(refused.status()).isEqualTo(400);
			});
		assertThat(PerformerPolicy.performer(commander, DEPUTY, DEPUTY, ON_INCIDENT)).isEqualTo(DEPUTY);
		assertThat(PerformerPolicy.defaultFor(commander, DEPUTY, ON_INCIDENT)).isNull();
	}

	@Test
	void staffWhoAreNotOfficersOnTheIncidentMustChoose() {
		Actor dispatcher = new Actor("dispatch", Set.of(Role.OFFICER), null, null, null);
		Actor elsewhere = officer(new OfficerId(UUID.randomUUID()), Role.OFFICER);

		assertThatThrownBy(() -> PerformerPolicy.performer(dispatcher, null, DEPUTY, ON_INCIDENT))
			.isInstanceOf(AttributionRefused.class);
		assertThatThrownBy(() -> PerformerPolicy.performer(elsewhere, null, DEPUTY, ON_INCIDENT))
			.isInstanceOf(AttributionRefused.class);
	}

	@Test
	void thePerformerChosenMustBeOnTheIncident() {
		assertThatThrownBy(
				() -> PerformerPolicy.performer(officer(DEPUTY, Role.OFFICER), new OfficerId(UUID.randomUUID()), DEPUTY,
						ON_INCIDENT))
			.isInstanceOfSatisfying(AttributionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("protocol-acts.performer.not-on-incident"));
	}

	static Actor officer(OfficerId id, Role role) {
		return new Actor("user-" + id, Set.of(role), id.value(), null, null);
	}

	static Incident incident(OfficerId responsible) {
		return new Incident(IncidentId.random(), IncidentKind.FOUND_CHILD, IncidentStatus.OPEN, 1, T0, null, "park",
				PersonFixtures.aChild(5), Triage.STANDARD.assess(IncidentKind.FOUND_CHILD, PersonFixtures.aChild(5)),
				"dispatch",
				responsible, null);
	}
}
