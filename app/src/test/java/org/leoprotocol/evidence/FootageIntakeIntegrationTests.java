package org.leoprotocol.evidence;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Body-camera footage placed in time from the file itself (ffprobe over clips made by ffmpeg), with the officer a
 * supervisor assigned the device to; clips that cannot be placed are still taken in, saying why.
 */
@LeoIntegrationTest
@RecordApplicationEvents
class FootageIntakeIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	ApplicationEvents events;

	@TempDir
	Path temporary;

	@Test
	void aClipIsPlacedFromItsOwnMetadataWithTheOfficerTheDeviceWasAssignedTo() throws Exception {
		Ffmpeg.require();
		String badge = badge();
		OfficerId officer = enlist(badge);
		String device = "AXON-" + UUID.randomUUID().toString().substring(0, 8);
		assign(device, badge, "2026-06-06T12:00:00Z");
		String incident = UUID.randomUUID().toString();
		byte[] clip = Ffmpeg.bodyCameraClip(temporary, Instant.parse("2026-06-06T15:02:10Z"), 60, device);

		mvc.perform(post("/api/v1/evidence").param("kind", "BODY_CAMERA_VIDEO").param("fileName", "shift.mp4")
			.param("device", "typed-by-the-uploader").param("recordedFrom", "2026-06-06T09:00:00Z")
			.param("incidentReference", incident).content(clip).with(as(staff, Role.OFFICER)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.recording.from").value("2026-06-06T15:02:10Z"))
			.andExpect(jsonPath("$.recording.to").value("2026-06-06T15:03:10Z"))
			.andExpect(jsonPath("$.recording.device").value(device))
			.andExpect(jsonPath("$.footage").value(containsString("Placed from the file's own metadata")))
			.andExpect(jsonPath("$.footage").value(containsString("worn by badge " + badge + " (device assignment)")));

		assertThat(events.stream(BodyCameraFootageIngested.class)).singleElement().satisfies(placed -> {
			assertThat(placed.officer()).isEqualTo(officer);
			assertThat(placed.device()).isEqualTo(device);
			assertThat(placed.deviceFromFile()).isTrue();
			assertThat(placed.recordingStart()).isEqualTo(Instant.parse("2026-06-06T15:02:10Z"));
			assertThat(placed.recordingStop()).isEqualTo(Instant.parse("2026-06-06T15:03:10Z"));
			assertThat(placed.incidentReference()).isEqualTo(incident);
		});
	}

	@Test
	void theUploaderReadsWhereTheClipCouldNotBePlacedInTheirOwnLanguage() throws Exception {
		Ffmpeg.require();
		byte[] clip = Ffmpeg.bodyCameraClip(temporary, null, 20, null);
		mvc.perform(post("/api/v1/evidence").param("kind", "BODY_CAMERA_VIDEO")
			.param("fileName", "sin-reloj.mp4").param("device", "BC-1")
			.param("incidentReference", UUID.randomUUID().toString())
			.header("Accept-Language", "es")
			.content(clip).with(as(staff, Role.OFFICER)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.footage").value(containsString("el archivo no dice cuándo empezó la grabación")));
	}

	@Test
	void aClipWithoutAStartTimeIsAcceptedSayingItsSpanCouldNotBePlaced() throws Exception {
		Ffmpeg.require();
		byte[] clip = Ffmpeg.bodyCameraClip(temporary, null, 20, null);
		String id = com.jayway.jsonpath.JsonPath.read(mvc
			.perform(post("/api/v1/evidence").param("kind", "BODY_CAMERA_VIDEO")
				.param("fileName", "no-clock.mp4").param("device", "BC-1")
				.param("incidentReference", UUID.randomUUID().toString())
				.content(clip).with(as(staff, Role.OFFICER)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sha256").value(EvidenceFixtures.sha256(clip)))
			.andExpect(jsonPath("$.footage")
				.value(containsString("Accepted, but its span could not be placed on a timeline")))
			.andExpect(jsonPath("$.footage").value(containsString("does not say when recording started")))
			.andReturn().getResponse().getContentAsString(), "$.id");
		assertThat(events.stream(BodyCameraFootageIngested.class)).isEmpty();
		mvc.perform(get("/staff/evidence/{id}", id).with(as(staff, Role.COMMAND)))
			.andExpect(content().string(containsString("the file does not say when recording started")));
		mvc.perform(get("/staff/evidence/{id}", id).header("Accept-Language", "es").with(as(staff, Role.COMMAND)))
			.andExpect(content().string(containsString("el archivo no dice cuándo empezó la grabación")));
	}

	@Test
	void aClipFfprobeCannotReadIsAcceptedQuotingFfprobeInTheReadersLanguage() throws Exception {
		Ffmpeg.require();
		byte[] clip = Ffmpeg.bodyCameraClip(temporary, Instant.parse("2026-06-01T10:00:00Z"), 20, null);
		byte[] broken = java.util.Arrays.copyOf(clip, 48);
		String id = com.jayway.jsonpath.JsonPath.read(mvc
			.perform(post("/api/v1/evidence").param("kind", "BODY_CAMERA_VIDEO")
				.param("fileName", "broken.mp4").param("device", "BC-1")
				.content(broken).with(as(staff, Role.OFFICER)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.footage").value(containsString("its metadata could not be read (ffprobe: ")))
			.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(get("/staff/evidence/{id}", id).header("Accept-Language", "es").with(as(staff, Role.COMMAND)))
			.andExpect(content().string(containsString("no se pudieron leer sus metadatos (ffprobe: ")));
	}

	@Test
	void theDeviceChosenAtUploadStandsInWhenTheFileNamesNone() throws Exception {
		Ffmpeg.require();
		String badge = badge();
		OfficerId officer = enlist(badge);
		String device = "BC-" + badge;
		assign(device, badge, "2026-06-06T12:00:00Z");
		byte[] clip = Ffmpeg.bodyCameraClip(temporary, Instant.parse("2026-06-06T13:00:00Z"), 30, null);
		String id = com.jayway.jsonpath.JsonPath.read(mvc
			.perform(post("/api/v1/evidence").param("kind", "BODY_CAMERA_VIDEO")
				.param("fileName", "no-serial.mp4").param("device", device).content(clip).with(as(staff, Role.OFFICER)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.footage").value(containsString("device " + device + " (chosen at upload)")))
			.andReturn().getResponse().getContentAsString(), "$.id");
		assertThat(events.stream(BodyCameraFootageIngested.class)).as("not linked to an incident yet").isEmpty();

		String incident = UUID.randomUUID().toString();
		mvc.perform(post("/api/v1/evidence/{id}/links", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"INCIDENT\",\"reference\":\"" + incident + "\"}").with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isNoContent());
		assertThat(events.stream(BodyCameraFootageIngested.class)).singleElement().satisfies(placed -> {
			assertThat(placed.officer()).isEqualTo(officer);
			assertThat(placed.deviceFromFile()).isFalse();
			assertThat(placed.incidentReference()).isEqualTo(incident);
		});
	}

	@Test
	void supervisorsAssignAndEndDevicesAndBadRequestsAreRefusedClearly() throws Exception {
		String badge = badge();
		enlist(badge);
		String device = "AXON-" + UUID.randomUUID().toString().substring(0, 8);
		String id = com.jayway.jsonpath.JsonPath.read(assign(device, badge, "2026-06-01T06:00:00Z"), "$.id");

		mvc.perform(post("/api/v1/evidence/devices").contentType(MediaType.APPLICATION_JSON)
			.content(json(device, badge, "2026-06-02T06:00:00Z", null)).with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("is already assigned to badge " + badge)));
		mvc.perform(
				post("/api/v1/evidence/devices").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "es")
					.content(json(device, badge, "2026-06-02T06:00:00Z", null)).with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("ya está asignado a la placa " + badge)));
		mvc.perform(post("/api/v1/evidence/devices").contentType(MediaType.APPLICATION_JSON)
			.content(json("BC-X", "no-such-badge", null, null)).with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("No officer has badge number no-such-badge."));
		mvc.perform(post("/api/v1/evidence/devices").contentType(MediaType.APPLICATION_JSON)
			.content(json("BC-Y", badge, "yesterday", null)).with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("from must be a UTC time")));
		mvc.perform(post("/api/v1/evidence/devices").contentType(MediaType.APPLICATION_JSON)
			.content(json("BC-Z", badge, null, null)).with(as(staff, Role.OFFICER)))
			.andExpect(status().isForbidden());

		mvc.perform(post("/api/v1/evidence/devices/{id}/end", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"at\":\"2026-06-01T18:00:00Z\"}").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.until").value("2026-06-01T18:00:00Z"));
		mvc.perform(post("/api/v1/evidence/devices").contentType(MediaType.APPLICATION_JSON)
			.content(json(device, badge, "2026-06-02T06:00:00Z", null)).with(as(staff, Role.COMMAND)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.until").value(nullValue()));
		mvc.perform(get("/api/v1/evidence/devices").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk()).andExpect(content().string(containsString(device)));
	}

	@Test
	void theBodyCamerasPageAssignsInTheAgencysTimeInEnglishAndSpanish() throws Exception {
		String badge = badge();
		enlist(badge);
		String device = "PAGE-" + badge;
		mvc.perform(post("/staff/evidence/devices").param("deviceId", device).param("badgeNumber", badge)
			.param("from", "2026-06-01T08:00").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "Device " + device + " is assigned to badge " + badge + "."));
		mvc.perform(post("/staff/evidence/devices").param("deviceId", device).param("badgeNumber", badge)
			.param("from", "2026-06-01T09:00").header("Accept-Language", "es").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", containsString("ya está asignado a la placa " + badge)));
		mvc.perform(get("/staff/evidence/devices").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Body cameras")))
			.andExpect(content().string(containsString(device)))
			.andExpect(content().string(containsString("still worn")));
		mvc.perform(get("/staff/evidence/devices").header("Accept-Language", "es").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Cámaras corporales")))
			.andExpect(content().string(containsString("todavía en uso")));
		mvc.perform(get("/staff/evidence/devices").with(as(staff, Role.OFFICER))).andExpect(status().isForbidden());
	}

	private String assign(String device, String badge, String from) throws Exception {
		return mvc.perform(post("/api/v1/evidence/devices").contentType(MediaType.APPLICATION_JSON)
			.content(json(device, badge, from, null)).with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.badgeNumber").value(badge))
			.andReturn().getResponse().getContentAsString();
	}

	private static String json(String device, String badge, String from, String until) {
		return "{\"deviceId\":\"" + device + "\",\"badgeNumber\":\"" + badge + "\""
				+ (from == null ? "" : ",\"from\":\"" + from + "\"")
				+ (until == null ? "" : ",\"until\":\"" + until + "\"") + "}";
	}

	private OfficerId enlist(String badge) {
		return roster
			.enlist(new NewOfficer(badge, "Dana", "Footage", "Police Officer", null, LocalDate.of(2015, 1, 5), null));
	}

	private static String badge() {
		return "F" + (100000 + new java.util.Random().nextInt(900000));
	}
}
