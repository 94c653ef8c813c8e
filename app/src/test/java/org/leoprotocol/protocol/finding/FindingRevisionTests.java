package org.leoprotocol.protocol.finding;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.FindingKind;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.ProtocolFinding;
import org.leoprotocol.shared.phrase.Sentence;

import static org.assertj.core.api.Assertions.assertThat;

class FindingRevisionTests {

	static final Instant T0 = Instant.parse("2026-06-13T14:00:00Z");
	static final IncidentId INCIDENT = IncidentId.random();
	static final OfficerId DEPUTY = new OfficerId(UUID.randomUUID());
	static final OfficerId COMMANDER = new OfficerId(UUID.randomUUID());

	@Test
	void aFindingTheAmendedRecordNoLongerSupportsIsWithdrawn() {
		ProtocolFinding cameraOff = stored(FindingKind.CAMERA_OFF_DURING_ENGAGEMENT, COMMANDER, Duration.ofMinutes(5));

		FindingRevision revision = FindingRevision.between(List.of(cameraOff), List.of());

		assertThat(revision.withdrawn()).containsExactly(cameraOff);
		assertThat(revision.added()).isEmpty();
	}

	@Test
	void aFindingThatMovesToAnotherOfficerIsWithdrawnAndAddedAgain() {
		ProtocolFinding cameraOff = stored(FindingKind.CAMERA_OFF_DURING_ENGAGEMENT, COMMANDER, Duration.ofMinutes(5));
		Finding deputys = new Finding(FindingKind.CAMERA_OFF_DURING_ENGAGEMENT, DEPUTY, Duration.ofMinutes(1),
				Sentence.ofText("incident-finding.camera-off", "1:00", "14:00:00–14:01:00", "UTC"));

		FindingRevision revision = FindingRevision.between(List.of(cameraOff), List.of(deputys));

		assertThat(revision.withdrawn()).containsExactly(cameraOff);
		assertThat(revision.added()).containsExactly(deputys);
	}

	@Test
	void aFindingTheAmendedRecordStillSupportsStays() {
		ProtocolFinding onScene = stored(FindingKind.ON_SCENE_BEFORE_ENGAGEMENT, DEPUTY, Duration.ofSeconds(702));
		Finding same = new Finding(FindingKind.ON_SCENE_BEFORE_ENGAGEMENT, DEPUTY, Duration.ofSeconds(702),
				Sentence.ofText("incident-finding.on-scene", "11:42", "2:00"));

		FindingRevision revision = FindingRevision.between(List.of(onScene), List.of(same));

		assertThat(revision.withdrawn()).isEmpty();
		assertThat(revision.added()).isEmpty();
	}

	static ProtocolFinding stored(FindingKind kind, OfficerId officer, Duration measured) {
		return new ProtocolFinding(UUID.randomUUID(), INCIDENT, kind, officer, measured, kind.name(), T0,
				Sentence.ofText("incident-finding.as-written", kind.name()));
	}
}
