package org.leoprotocol.evidence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Retention by moving the clock: the longest category wins, holds block deletion, 7 days to recover, then purge. */
@LeoIntegrationTest
class EvidenceRetentionIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	EvidenceItems items;
	@Autowired
	EvidenceProperties properties;

	@AfterEach
	void backToNow() {
		clock.resetToSystemTime();
	}

	@Test
	void theLongestCategoryWinsAHoldBlocksDeletionAndAnExpiredItemIsRecoverableForSevenDays() throws Exception {
		Instant recorded = Instant.parse("2026-01-10T08:00:00Z");
		clock.set(recorded.plus(Duration.ofHours(1)));
		byte[] content = ("time,from,to\n2026-01-10T08:00:00Z,+1555" + UUID.randomUUID() + ",+1555\n")
			.getBytes(StandardCharsets.UTF_8);
		String id = JsonPath.read(mvc
			.perform(post("/api/v1/evidence").param("kind", "PHONE_RECORDS").param("fileName", "retained.csv")
				.param("recordedFrom", recorded.toString()).content(content).with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

		category(id, "NON_EVIDENTIARY").andExpect(jsonPath("$.retainUntil").value("2026-04-10T08:00:00Z"));
		category(id, "USE_OF_FORCE").andExpect(jsonPath("$.retainUntil").value("2028-01-10T08:00:00Z"));
		category(id, "SHOE_SIZE").andExpect(status().isBadRequest());

		clock.set(Instant.parse("2026-05-01T00:00:00Z"));
		sweep().andExpect(jsonPath("$.queued").isEmpty());

		clock.set(Instant.parse("2028-01-11T00:00:00Z"));
		sweep().andExpect(jsonPath("$.queued[0]").value(id));
		mvc.perform(get("/api/v1/evidence/{id}/download", id).with(as(staff, Role.COMMAND)))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/evidence/{id}/restore", id).with(as(staff, Role.COMMAND)))
			.andExpect(jsonPath("$.state").value("ACTIVE"));

		mvc.perform(post("/api/v1/evidence/{id}/hold", id).with(as(staff, Role.INVESTIGATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"civil suit Henderson v. City\"}"))
			.andExpect(jsonPath("$.legalHold").value("civil suit Henderson v. City"));
		sweep().andExpect(jsonPath("$.queued").isEmpty());
		mvc.perform(
				delete("/api/v1/evidence/{id}/hold", id).param("reason", "suit settled").with(as(staff, Role.COMMAND)))
			.andExpect(status().isOk());

		sweep().andExpect(jsonPath("$.queued[0]").value(id));
		clock.advance(Duration.ofDays(8));
		sweep().andExpect(jsonPath("$.purged[0]").value(id));

		EvidenceItem item = items.get(EvidenceId.of(id));
		assertThat(item.state()).isEqualTo(ItemState.DELETED);
		assertThat(Files.exists(properties.directory().resolve("blobs").resolve(item.storageKey()))).isFalse();
		List<String> custody = jdbc.sql("select action from custody_event where evidence_id = :id order by position")
			.param("id", UUID.fromString(id)).query(String.class).list();
		assertThat(custody).containsExactly("INGESTED", "RETENTION_SET", "RETENTION_SET", "DELETED", "RESTORED",
				"HOLD_PLACED",
				"HOLD_LIFTED", "DELETED", "DELETED");
		mvc.perform(get("/api/v1/evidence/retention/report").with(as(staff, Role.COMMAND))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].state").value("DELETED"));
	}

	private ResultActions category(String id, String category) throws Exception {
		return mvc.perform(post("/api/v1/evidence/{id}/retention", id).with(as(staff, Role.INVESTIGATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"" + category + "\"}"));
	}

	private ResultActions sweep() throws Exception {
		return mvc.perform(post("/api/v1/evidence/retention/sweep").with(as(staff, Role.COMMAND)))
			.andExpect(status().isOk());
	}
}
