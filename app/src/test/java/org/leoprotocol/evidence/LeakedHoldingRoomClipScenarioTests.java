package org.leoprotocol.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.evidence.custody.LedgerVerification;
import org.leoprotocol.evidence.custody.LedgerVerification.Report;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.database.SchemaOwner;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scenario 002 (docs/scenarios.md), through the API: an internal investigation into a decorated officer; the holding
 * room's security-camera clip is refused to him and to a colleague with a declared stake, viewed by the investigator
 * and exported to three recipients; a copy leaks and is traced to its export, exactly and after re-encoding; then a
 * changed byte of the clip and a changed ledger row are both caught by verify-ledger.
 */
@LeoIntegrationTest
class LeakedHoldingRoomClipScenarioTests {

	static final String CASE = "IA-2026-0002";

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ApplicationContext leo;
	@Autowired
	MutableClock clock;
	@Autowired
	LedgerVerification verification;
	@Autowired
	EvidenceItems items;
	@Autowired
	EvidenceProperties properties;
	@Autowired
	EvidenceCommands commands;

	@Test
	void theLeakedClipIsTracedToItsExportAndTamperingIsDetected() throws Exception {
		Ffmpeg.require();
		Path scratch = Files.createTempDirectory("scenario-002");
		clock.set(Instant.parse("2026-03-14T09:12:00Z"));
		OfficerId officer = roster.enlist(new NewOfficer("2002", "Decorated", "Officer", "Sergeant", null, null, null));
		RequestPostProcessor subject = account("s002-officer", officer.value(), Set.of(Role.OFFICER, Role.SUPERVISOR));
		RequestPostProcessor colleague = account("s002-colleague", null, Set.of(Role.INVESTIGATOR));
		RequestPostProcessor investigator = as(staff, Role.INVESTIGATOR);
		mvc.perform(post("/api/v1/evidence/cases/{case}/team", CASE).with(investigator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"test-investigator\"}")).andExpect(status().isNoContent());

		byte[] clip = Ffmpeg.aClip(scratch);
		String item = JsonPath.read(mvc.perform(post("/api/v1/evidence").param("kind", "CCTV_VIDEO")
			.param("fileName", "holding-room-2.mp4").param("device", "CCTV holding room 2")
			.param("recordedFrom", "2026-03-14T08:51:00Z").param("recordedTo", "2026-03-14T08:58:00Z")
			.param("location", "Central station, holding room 2").param("caseReference", CASE).content(clip)
			.with(investigator))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/evidence/{id}/links", item).with(investigator).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"CASE\",\"reference\":\"" + CASE + "\",\"subjectOfficerId\":\"" + officer + "\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/evidence/cases/{case}/exclusions", CASE).with(investigator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"s002-colleague\",\"reason\":\"related to the child involved\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/evidence/cases/{case}/team", CASE).with(investigator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"s002-colleague\"}")).andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/evidence/{id}", item).with(subject)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail")
				.value("You are the subject of case " + CASE + "; its evidence is closed to you"));
		mvc.perform(get("/api/v1/evidence/{id}/download", item).with(colleague)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("personal stake")));
		mvc.perform(get("/api/v1/evidence/{id}", item).with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("You are not on the team of case " + CASE));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and record_id = :id")
			.param("id", item).query(Long.class).single()).isEqualTo(3);

		clock.advance(Duration.ofHours(2));
		mvc.perform(get("/api/v1/evidence/{id}", item).with(investigator)).andExpect(status().isOk())
			.andExpect(jsonPath("$.item.recording.device").value("CCTV holding room 2"));
		List<String> exports = new ArrayList<>();
		for (String recipient : List.of("District Attorney", "Defense counsel", "Citizen review board")) {
			exports.add(JsonPath.read(mvc.perform(post("/api/v1/evidence/{id}/exports", item).with(investigator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"recipient\":\"" + recipient + "\",\"purpose\":\"case " + CASE + "\"}"))
				.andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(), "$.id"));
		}
		for (String export : exports) {
			assertThat(
					jdbc.sql("select actor from audit_event where record_type = 'EvidenceExport' and record_id = :id")
						.param("id", export).query(String.class).list())
				.as("the export's read, declared at the facade")
				.containsExactly("test-investigator");
		}
		for (String export : exports) {
			awaitReady(export, investigator);
		}
		mvc.perform(get("/api/v1/evidence/{id}/exports", item).with(colleague)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/evidence/exports/{id}", exports.get(0)).with(colleague))
			.andExpect(status().isForbidden());

		byte[] leaked = mvc.perform(get("/api/v1/evidence/exports/{id}/download", exports.get(1)).with(investigator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		mvc.perform(post("/api/v1/evidence/trace").with(investigator).contentType(MediaType.APPLICATION_OCTET_STREAM)
			.content(leaked))
			.andExpect(jsonPath("$.match").value("EXACT_HASH"))
			.andExpect(jsonPath("$.export.recipient").value("Defense counsel"));
		mvc.perform(post("/api/v1/evidence/trace").with(investigator).contentType(MediaType.APPLICATION_OCTET_STREAM)
			.content(Ffmpeg.reencode(leaked, scratch)))
			.andExpect(jsonPath("$.match").value("EMBEDDED_MARK"))
			.andExpect(jsonPath("$.export.recipient").value("Defense counsel"));
		String code = JsonPath.read(mvc.perform(get("/api/v1/evidence/exports/{id}", exports.get(1)).with(investigator))
			.andReturn().getResponse().getContentAsString(), "$.code");
		mvc.perform(
				get("/api/v1/evidence/trace").param("code", "leo-" + code.toLowerCase(Locale.ROOT)).with(investigator))
			.andExpect(jsonPath("$.match").value("TYPED_CODE"))
			.andExpect(jsonPath("$.export.id").value(exports.get(1)));

		List<String> custody = jdbc.sql("select action from custody_event where evidence_id = :id order by position")
			.param("id", UUID.fromString(item)).query(String.class).list();
		assertThat(custody).containsExactly("INGESTED", "LINKED", "VIEWED", "EXPORTED", "EXPORTED", "EXPORTED",
				"DOWNLOADED");
		long exported = jdbc
			.sql("select min(position) from custody_event where evidence_id = :id and action = 'EXPORTED'")
			.param("id", UUID.fromString(item)).query(Long.class).single();
		mvc.perform(get("/api/v1/evidence/ledger/events/{position}/proof", exported).with(investigator))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/evidence/ledger/events/{position}/proof", exported).with(colleague))
			.andExpect(status().isForbidden());

		Path leakedFile = scratch.resolve("leaked.mp4");
		Files.write(leakedFile, leaked);
		java.io.StringWriter out = new java.io.StringWriter();
		assertThat(
				commands.run(List.of("trace", leakedFile.toString()), false, null, new java.io.PrintWriter(out, true)))
			.isZero();
		assertThat(out.toString()).contains("EXACT_HASH").contains("recipient: Defense counsel");

		tamperAndDetect(EvidenceId.of(item));
	}

	private void tamperAndDetect(EvidenceId item) throws Exception {
		Path blob = properties.directory().resolve("blobs").resolve(items.get(item).storageKey());
		byte[] original = Files.readAllBytes(blob);
		byte[] changed = original.clone();
		changed[changed.length / 2] ^= 0x01;
		long viewed = jdbc.sql("select position from custody_event where evidence_id = :id and action = 'VIEWED'")
			.param("id", item.value()).query(Long.class).single();
		blob.toFile().setWritable(true);
		try {
			Files.write(blob, changed);
			rewriteRow(viewed, "viewed by nobody");

			Report report = verification.verify(true);
			assertThat(report.intact()).isFalse();
			assertThat(report.problems())
				.anySatisfy(p -> assertThat(p).startsWith("Event " + viewed + " (VIEWED of " + item)
					.contains("was changed after it was appended"));
			assertThat(report.problems())
				.anySatisfy(p -> assertThat(p).contains("holding-room-2.mp4").contains("changed"));
		}
		finally {
			Files.write(blob, original);
			blob.toFile().setReadOnly();
			rewriteRow(viewed, "");
		}
		assertThat(verification.verify(true).problems()).noneMatch(p -> p.contains(item.toString()));
	}

	private void rewriteRow(long position, String detail) {
		JdbcClient owner = SchemaOwner.of(leo);
		owner.sql("alter table custody_event disable trigger custody_event_append_only").update();
		try {
			owner.sql("update custody_event set detail = :detail where position = :position").param("detail", detail)
				.param("position", position).update();
		}
		finally {
			owner.sql("alter table custody_event enable trigger custody_event_append_only").update();
		}
	}

	private void awaitReady(String export, RequestPostProcessor user) throws Exception {
		for (int attempt = 0; attempt < 600; attempt++) {
			String state = JsonPath.read(mvc.perform(get("/api/v1/evidence/exports/{id}", export).with(user))
				.andReturn().getResponse().getContentAsString(), "$.state");
			if (!state.equals("RUNNING")) {
				assertThat(state).isEqualTo("READY");
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Export " + export + " did not finish within a minute");
	}

	private RequestPostProcessor account(String username, UUID officer, Set<Role> roles) {
		staff.ensureAccount(new NewStaffAccount(username, username, officer, roles, StaffAccountsForTests.PASSWORD));
		return httpBasic(username, StaffAccountsForTests.PASSWORD);
	}
}
