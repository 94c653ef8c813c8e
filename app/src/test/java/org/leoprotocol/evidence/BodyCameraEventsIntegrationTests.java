package org.leoprotocol.evidence;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.Role;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.OfficerId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Body-camera footage tells Leo's Protocol when the camera started and stopped (scenario 000, the camera order). */
@LeoIntegrationTest
@RecordApplicationEvents
class BodyCameraEventsIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired StaffDirectory staff;
	@Autowired ApplicationEvents events;

	@Test
	void ingestingBodyCameraFootagePublishesRecordingStartedAndStopped() throws Exception {
		OfficerId officer = OfficerId.random();
		mvc.perform(post("/api/v1/evidence").param("kind", "BODY_CAMERA_VIDEO").param("fileName", "axon-734.mp4")
			.param("device", "AXON Body 4 X6031234").param("officerId", officer.toString())
			.param("recordedFrom", "2026-06-06T15:02:10Z").param("recordedTo", "2026-06-06T15:31:55Z")
			.param("incidentReference", "INC-2026-000734").content(EvidenceFixtures.aVideo(4096, 734)).with(as(staff, Role.OFFICER)))
			.andExpect(status().isCreated());

		assertThat(events.stream(BodyCameraRecordingStarted.class)).singleElement().satisfies(started -> {
			assertThat(started.officer()).isEqualTo(officer);
			assertThat(started.at()).isEqualTo(Instant.parse("2026-06-06T15:02:10Z"));
			assertThat(started.incidentReference()).isEqualTo("INC-2026-000734");
			assertThat(started.device()).isEqualTo("AXON Body 4 X6031234");
		});
		assertThat(events.stream(BodyCameraRecordingStopped.class)).singleElement()
			.satisfies(stopped -> assertThat(stopped.at()).isEqualTo(Instant.parse("2026-06-06T15:31:55Z")));
	}

	@Test
	void otherKindsPublishNoCameraEvents() throws Exception {
		mvc.perform(post("/api/v1/evidence").param("kind", "CCTV_VIDEO").param("fileName", "lobby.mp4")
			.param("recordedFrom", "2026-06-06T15:02:10Z").content(EvidenceFixtures.aVideo(4096, 735)).with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isCreated());
		assertThat(events.stream(BodyCameraRecordingStarted.class)).isEmpty();
	}
}
