package org.leoprotocol.evidence;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.leoprotocol.evidence.EvidenceFixtures.aVideo;
import static org.leoprotocol.evidence.EvidenceFixtures.sha256;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class EvidenceIntakeIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	EvidenceProperties properties;
	@Autowired
	EvidenceIntake intake;

	@Test
	void aChunkedUploadResumesAtTheReceivedOffsetAndIsHashedOnTheWayIn() throws Exception {
		byte[] video = aVideo(300_000, 1);
		String upload = begin("BODY_CAMERA_VIDEO", "bodycam-734.mp4", video.length, sha256(video));

		chunk(upload, 0, Arrays.copyOfRange(video, 0, 100_000)).andExpect(jsonPath("$.receivedBytes").value(100_000));
		mvc.perform(get("/api/v1/evidence/uploads/{id}", upload).with(as(staff, Role.OFFICER)))
			.andExpect(jsonPath("$.receivedBytes").value(100_000));
		chunk(upload, 50_000, Arrays.copyOfRange(video, 50_000, 60_000)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("send the chunk that starts at byte 100000")));
		mvc.perform(post("/api/v1/evidence/uploads/{id}/complete", upload).with(as(staff, Role.OFFICER)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Received 100000 of 300000")));
		chunk(upload, 100_000, Arrays.copyOfRange(video, 100_000, 300_000)).andExpect(status().isOk());

		String item = mvc.perform(post("/api/v1/evidence/uploads/{id}/complete", upload).with(as(staff, Role.OFFICER)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sha256").value(sha256(video)))
			.andExpect(jsonPath("$.mediaType").value("video/mp4"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(item, "$.id");

		assertThat(jdbc.sql("select detail from custody_event where evidence_id = :id and action = 'INGESTED'")
			.param("id", UUID.fromString(id)).query(String.class).single()).contains("sha256=" + sha256(video));
		mvc.perform(get("/api/v1/evidence/{id}/download", id).with(as(staff, Role.COMMAND)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-SHA256", sha256(video)))
			.andExpect(content().bytes(video));
		assertThat(jdbc.sql("select count(*) from custody_event where evidence_id = :id and action = 'DOWNLOADED'")
			.param("id", UUID.fromString(id)).query(Long.class).single()).isEqualTo(1);
		assertThat(partFiles()).doesNotContain(upload);
	}

	@Test
	void aDroppedConnectionKeepsWhatArrivedAndTheUploadResumesFromThere() throws Exception {
		byte[] video = aVideo(1_000_000, 2);
		var upload = intake.begin(
				new NewUpload(EvidenceKind.CCTV_VIDEO, "lobby.mp4", video.length, sha256(video), null, null, null),
				Actor.staff("test-dropped"));
		InputStream dropping = new FilterInputStream(new ByteArrayInputStream(video)) {
			private int sent;

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				if (sent >= 400_000) {
					throw new EOFException("client went away");
				}
				int n = super.read(buffer, offset, Math.min(length, 400_000 - sent));
				sent += n;
				return n;
			}
		};
		assertThatThrownBy(() -> intake.receive(upload.id(), 0, dropping, Actor.staff("test-dropped")))
			.isInstanceOfSatisfying(InvalidInput.class, dropped -> {
				assertThat(dropped.messageKey()).isEqualTo("evidence.upload.dropped");
				assertThat(dropped.messageArguments()).containsExactly(400_000L);
			});
		long resumeAt = intake.status(upload.id(), Actor.staff("test-dropped")).receivedBytes();
		assertThat(resumeAt).isEqualTo(400_000);

		intake.receive(upload.id(), resumeAt,
				new ByteArrayInputStream(video, (int) resumeAt, video.length - (int) resumeAt),
				Actor.staff("test-dropped"));
		assertThat(intake.complete(upload.id(), Actor.staff("test-dropped")).sha256()).isEqualTo(sha256(video));
	}

	@Test
	void anotherStaffMemberCannotWriteIntoMyUpload() throws Exception {
		String upload = begin("PHOTO", "scene.png", 10, null);
		mvc.perform(put("/api/v1/evidence/uploads/{id}", upload).param("offset", "0").content(new byte[10])
			.with(as(staff, Role.SUPERVISOR))).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/evidence/uploads/{id}", upload).with(as(staff, Role.OFFICER)))
			.andExpect(status().isNoContent());
		assertThat(partFiles()).doesNotContain(upload);
	}

	@Test
	void badInputIsRefusedClearlyAndLeavesNothingBehind() throws Exception {
		mvc.perform(
				post("/api/v1/evidence/uploads").with(as(staff, Role.OFFICER)).contentType(MediaType.APPLICATION_JSON)
					.content("{\"kind\":\"PHOTO\",\"fileName\":\"empty.png\",\"size\":0}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("empty")));
		mvc.perform(
				post("/api/v1/evidence/uploads").with(as(staff, Role.OFFICER)).contentType(MediaType.APPLICATION_JSON)
					.content("{\"kind\":\"BODY_CAMERA_VIDEO\",\"fileName\":\"huge.mp4\",\"size\":999999999999999}"))
			.andExpect(status().isContentTooLarge());
		mvc.perform(
				post("/api/v1/evidence/uploads").with(as(staff, Role.OFFICER)).contentType(MediaType.APPLICATION_JSON)
					.content("{\"kind\":\"HOLOGRAM\",\"fileName\":\"x\",\"size\":3}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("not a kind of evidence")));

		String beyond = begin("PHONE_RECORDS", "calls.csv", 5, null);
		chunk(beyond, 0, "a,b,c,d\n".getBytes(StandardCharsets.UTF_8)).andExpect(status().isContentTooLarge());
		mvc.perform(get("/api/v1/evidence/uploads/{id}", beyond).with(as(staff, Role.OFFICER)))
			.andExpect(jsonPath("$.receivedBytes").value(0));

		byte[] binary = { 0, 1, 2, 3, 4, 5, 6, 7 };
		mvc.perform(post("/api/v1/evidence").param("kind", "DOCUMENT").param("fileName", "blob.bin").content(binary)
			.with(as(staff, Role.OFFICER))).andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(containsString("cannot tell what kind of file")));
		mvc.perform(post("/api/v1/evidence").param("kind", "PHOTO").param("fileName", "calls.csv")
			.content(EvidenceFixtures.phoneRecords()).with(as(staff, Role.OFFICER)))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(containsString("text/csv file is not a photo")));
		mvc.perform(post("/api/v1/evidence").param("kind", "PHOTO").param("fileName", "calls.csv")
			.header("Accept-Language", "es").content(EvidenceFixtures.phoneRecords()).with(as(staff, Role.OFFICER)))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(containsString("text/csv no es una fotografía")));
		mvc.perform(post("/api/v1/evidence").param("kind", "PHONE_RECORDS").param("fileName", "calls.csv")
			.param("sha256", "0".repeat(64)).content(EvidenceFixtures.phoneRecords()).with(as(staff, Role.OFFICER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("declared")));
		mvc.perform(post("/api/v1/evidence").param("kind", "PHOTO").param("fileName", "scene.png")
			.content(EvidenceFixtures.aPhoto()).with(as(staff, Role.ADMIN))).andExpect(status().isForbidden());

		assertThat(partFiles()).containsOnly(beyond);
	}

	@Test
	void aOneRequestUploadTakesTheRawBody() throws Exception {
		byte[] records = EvidenceFixtures.phoneRecords();
		mvc.perform(post("/api/v1/evidence").param("kind", "PHONE_RECORDS").param("fileName", "calls.csv")
			.param("caseReference", "IA-ONE-REQUEST").content(records).with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("text/csv"))
			.andExpect(jsonPath("$.sizeBytes").value(records.length));
	}

	String begin(String kind, String name, long size, String sha) throws Exception {
		String body = "{\"kind\":\"" + kind + "\",\"fileName\":\"" + name + "\",\"size\":" + size
				+ (sha == null ? "" : ",\"sha256\":\"" + sha + "\"") + "}";
		String created = mvc.perform(post("/api/v1/evidence/uploads").with(as(staff, Role.OFFICER))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(created, "$.id");
	}

	org.springframework.test.web.servlet.ResultActions chunk(String upload, long offset, byte[] bytes)
			throws Exception {
		return mvc.perform(put("/api/v1/evidence/uploads/{id}", upload).param("offset", Long.toString(offset))
			.contentType(MediaType.APPLICATION_OCTET_STREAM).content(bytes).with(as(staff, Role.OFFICER)));
	}

	java.util.List<String> partFiles() throws Exception {
		Path parts = properties.directory().resolve("uploads");
		if (!Files.exists(parts)) {
			return java.util.List.of();
		}
		try (var files = Files.list(parts)) {
			return files.map(p -> p.getFileName().toString()).toList();
		}
	}
}
