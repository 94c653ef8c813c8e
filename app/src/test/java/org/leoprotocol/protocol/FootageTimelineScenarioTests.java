package org.leoprotocol.protocol;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.evidence.Ffmpeg;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scenario 000 told by the footage: Officer Mark Miller (badge 734) wore body camera X6031234 on 13 June 2026. Only the
 * Chief's order to switch it back on was typed in by hand. Two real clips, made by ffmpeg with the camera's start times
 * in their metadata, are uploaded after the shift and linked to the incident; the timeline and the camera gap finding
 * then come from them: on scene 11:42 before first engagement, camera off 5:00 during the engagement (14:21:00–14:26:00
 * UTC). The finding measured from the hand-typed entry alone (6:18) is withdrawn. The clips run as long as the
 * recordings did but are a few kilobytes each (32x32, one frame per ten seconds).
 */
@LeoIntegrationTest
class FootageTimelineScenarioTests {

	static final String CAMERA = "X6031234-000";

	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;
	@Autowired
	Scheduler scheduler;
	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path temporary;

	ProtocolFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new ProtocolFixtures(roster, staff, clock, scheduler, jdbc);
	}

	@Test
	void scenario000TheTimelineAndTheCameraGapComeFromTheFootage() throws Exception {
		Ffmpeg.require();
		Instant t = Instant.parse("2026-06-13T14:05:00Z");
		RequestPostProcessor dispatcher = fixtures.as(Role.OFFICER);
		RequestPostProcessor miller = fixtures.officer("734", "Mark", "Miller", "Police Officer", "CENTRAL-A",
				Role.OFFICER);
		RequestPostProcessor sergeant = fixtures.officer("512", "Teresa", "Alvarez", "Sergeant", "CENTRAL-A",
				Role.SUPERVISOR);
		RequestPostProcessor chief = fixtures.officer("1", "David", "Miller", "Chief of Police", "HQ", Role.COMMAND);

		clock.set(Instant.parse("2026-06-13T06:00:00Z"));
		mvc.perform(post("/api/v1/evidence/devices").with(sergeant).contentType(MediaType.APPLICATION_JSON)
			.content("{\"deviceId\":\"" + CAMERA
					+ "\",\"badgeNumber\":\"734\",\"from\":\"2026-06-13T06:00:00Z\",\"until\":\"2026-06-13T18:00:00Z\"}"))
			.andExpect(status().isCreated());

		clock.set(t);
		String id = JsonPath.read(mvc
			.perform(post("/api/v1/incidents").with(dispatcher).contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"kind":"FOUND_CHILD","location":"Central square, by the fountain",
								 "person":{"name":"Leo Miller","age":5,"condition":"DISTRESSED","riskFactors":["OUT_OF_ZONE_OF_SAFETY"],
								           "description":"boy, brown hair, red jacket, blue sneakers, holding a small green dinosaur toy"}}
								"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		at(t, 0, 40).send(id, "/dispatch", ProtocolFixtures.dispatch("ASSIGNED", "734"), dispatcher);
		at(t, 3, 0).send(id, "/dispatch", ProtocolFixtures.dispatch("ARRIVED", "734"), miller);
		at(t, 14, 42).send(id, "/steps/ENGAGE_PERSON/done", "{}", miller);
		at(t, 21, 0).send(id, "/camera", ProtocolFixtures.camera("RECORDING_STARTED", CAMERA, "734",
				"activation ordered by Chief David Miller; family escorted to their car"), chief);
		at(t, 24, 0);
		mvc.perform(post("/api/v1/incidents/{id}/release", id).with(sergeant).contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"claimantName":"Cora Miller","relationship":"mother",
							 "document":{"type":"Driver licence","issuer":"State","lastFour":"4821"},"photoMatches":true,"recognition":"RECOGNISED",
							 "custodyClear":true,"authorisationSource":"mother; no custody order on file; the child ran to her","verifyingOfficerBadge":"512"}
							"""))
			.andExpect(status().isOk());
		at(t, 30, 0).send(id, "/dispatch", ProtocolFixtures.dispatch("CLEARED", "734"), miller);
		mvc.perform(get("/api/v1/incidents/{id}", id).with(chief))
			.andExpect(
					jsonPath("$.findings[?(@.kind == 'CAMERA_OFF_DURING_ENGAGEMENT')].measured", is(List.of("6:18"))));

		clock.set(Instant.parse("2026-06-13T16:10:00Z"));
		upload(id, miller, "miller-0001.mp4", Instant.parse("2026-06-13T14:07:50Z"), 790);
		upload(id, miller, "miller-0002.mp4", Instant.parse("2026-06-13T14:26:00Z"), 540);
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql("""
				select count(*) from incident_event where incident_id = cast(:id as uuid) and provenance = 'FOOTAGE'
				""").param("id", id).query(Long.class).single() == 4
				&& jdbc
					.sql("""
							select count(*) from protocol_finding f where incident_id = cast(:id as uuid) and kind = 'CAMERA_OFF_DURING_ENGAGEMENT'
							  and not exists (select 1 from protocol_finding_withdrawal w where w.finding_id = f.id) and measured_seconds = 300
							""")
					.param("id", id).query(Long.class).single() == 1);

		mvc.perform(get("/api/v1/incidents/{id}/timeline", id).with(chief))
			.andExpect(jsonPath("$[?(@.provenance == 'FOOTAGE' && @.type == 'RECORDING_STARTED')].occurredAt",
					is(List.of("2026-06-13T14:07:50Z", "2026-06-13T14:26:00Z"))))
			.andExpect(jsonPath("$[?(@.provenance == 'FOOTAGE' && @.type == 'RECORDING_STOPPED')].occurredAt",
					is(List.of("2026-06-13T14:21:00Z", "2026-06-13T14:35:00Z"))))
			.andExpect(jsonPath("$[?(@.provenance == 'FOOTAGE')].officer.badgeNumber", everyItem(is("734"))))
			.andExpect(jsonPath("$[?(@.provenance == 'FOOTAGE')].deviceId", everyItem(is(CAMERA))))
			.andExpect(jsonPath("$[?(@.provenance == 'FOOTAGE')].enteredByHand", everyItem(is(false))))
			.andExpect(jsonPath("$[?(@.provenance == 'FOOTAGE')].detail",
					hasItem(containsString("from footage miller-0001.mp4"))))
			.andExpect(jsonPath("$[?(@.enteredByHand == true)].detail",
					is(List.of("activation ordered by Chief David Miller; family escorted to their car"))))
			.andExpect(jsonPath("$[?(@.type == 'FINDING_WITHDRAWN')].detail",
					hasItem(containsString("body-camera footage (evidence "))));
		mvc.perform(get("/api/v1/incidents/{id}", id).with(chief))
			.andExpect(jsonPath("$.findings[?(@.kind == 'ON_SCENE_BEFORE_ENGAGEMENT')].summary",
					hasItem(containsString("on scene 11:42 before first engagement"))))
			.andExpect(
					jsonPath("$.findings[?(@.kind == 'CAMERA_OFF_DURING_ENGAGEMENT')].measured", is(List.of("5:00"))))
			.andExpect(jsonPath("$.findings[?(@.kind == 'CAMERA_OFF_DURING_ENGAGEMENT')].summary",
					is(List.of("camera off 5:00 during engagement (14:21:00–14:26:00 UTC); from body-camera footage"))))
			.andExpect(jsonPath("$.findings[?(@.kind == 'CAMERA_OFF_DURING_ENGAGEMENT')].officer.badgeNumber",
					is(List.of("734"))));
		mvc.perform(get("/staff/incidents/{id}", id).with(chief))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("from footage")))
			.andExpect(content().string(containsString("entered by hand")));
		mvc.perform(get("/staff/incidents/{id}", id).with(chief).header("Accept-Language", "es"))
			.andExpect(content().string(containsString("de la grabación")))
			.andExpect(content().string(containsString("introducido a mano")))
			.andExpect(content().string(containsString("según la grabación miller-0001.mp4")))
			.andExpect(content().string(
					containsString("cámara apagada durante 5:00 en el contacto (14:21:00–14:26:00 UTC); según la")))
			.andExpect(content().string(containsString("Hallazgo retirado: la grabación de la cámara corporal")))
			.andExpect(content().string(not(containsString("camera off"))))
			.andExpect(content().string(not(containsString("from footage"))));
	}

	private void upload(String incident, RequestPostProcessor officer, String name, Instant start, long seconds)
			throws Exception {
		byte[] clip = Ffmpeg.bodyCameraClip(temporary, start, seconds, CAMERA);
		mvc.perform(post("/api/v1/evidence").param("kind", "BODY_CAMERA_VIDEO").param("fileName", name)
			.param("incidentReference", incident).content(clip).with(officer))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.footage").value(containsString("worn by badge 734 (device assignment)")));
	}

	FootageTimelineScenarioTests at(Instant t0, int minutes, int seconds) {
		clock.set(t0.plus(Duration.ofMinutes(minutes)).plusSeconds(seconds));
		return this;
	}

	void send(String id, String path, String json, RequestPostProcessor user) throws Exception {
		mvc.perform(
				post("/api/v1/incidents/" + id + path).with(user).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().is2xxSuccessful());
	}
}
