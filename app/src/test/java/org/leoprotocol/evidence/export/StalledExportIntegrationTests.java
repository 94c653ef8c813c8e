package org.leoprotocol.evidence.export;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.evidence.EvidenceExport;
import org.leoprotocol.evidence.EvidenceExports;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.ExportState;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A video export whose node died mid-way is failed with a reason saying so, instead of running for ever; the reason is
 * kept as a message key and said in each reader's language, on the staff page and in the API.
 */
@LeoIntegrationTest
class StalledExportIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;
	@Autowired
	Exports exports;
	@Autowired
	EvidenceExports evidenceExports;

	@AfterEach
	void backToNow() {
		clock.resetToSystemTime();
	}

	@Test
	void anExportWithoutProgressForTenMinutesFailsAndOneThatIsStillBeatingGoesOn() throws Exception {
		String item = item();
		EvidenceExport abandoned = running(item);
		EvidenceExport beating = running(item);

		clock.advance(Duration.ofMinutes(9));
		exports.progress(beating.id(), 40, clock.instant());
		clock.advance(Duration.ofMinutes(2));
		evidenceExports.abandonStalled();

		assertThat(evidenceExports.get(abandoned.id()).state()).isEqualTo(ExportState.FAILED);
		assertThat(evidenceExports.get(abandoned.id()).failureReason())
			.isEqualTo(Sentence.ofText(FailureReason.STALLED, 10));
		mvc.perform(get("/api/v1/evidence/exports/" + abandoned.id()).header("Accept-Language", "en")
			.with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.failure", containsString("stopped before it was ready")))
			.andExpect(jsonPath("$.failure", endsWith("Start the export again.")));
		assertThat(evidenceExports.get(beating.id()).state()).isEqualTo(ExportState.RUNNING);
	}

	@Test
	void aSpanishReaderSeesWhyAnExportFailedInSpanish() throws Exception {
		String item = item();
		EvidenceExport abandoned = running(item);
		clock.advance(Duration.ofMinutes(11));
		evidenceExports.abandonStalled();

		mvc.perform(get("/api/v1/evidence/exports/" + abandoned.id()).header("Accept-Language", "es")
			.with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.failure", containsString("se detuvo antes de terminarla")))
			.andExpect(jsonPath("$.failure", endsWith("Inicie la exportación de nuevo.")));
		mvc.perform(get("/staff/evidence/" + item + "/exports").header("HX-Request", "true")
			.header("Accept-Language", "es").with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sin avance durante 10 minutos")));
	}

	private String item() throws Exception {
		clock.set(Instant.parse("2026-03-02T09:00:00Z"));
		byte[] content = ("time,from,to\n2026-03-02T08:00:00Z,+1555" + UUID.randomUUID() + ",+1555\n")
			.getBytes(StandardCharsets.UTF_8);
		String item = JsonPath.read(mvc
			.perform(post("/api/v1/evidence").param("kind", "PHONE_RECORDS").param("fileName", "calls.csv")
				.content(content).with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id");
		return item;
	}

	private EvidenceExport running(String item) {
		EvidenceExport export = new EvidenceExport(UUID.randomUUID(), Watermark.newCode(),
				new EvidenceId(UUID.fromString(item)),
				"Daily Courier", "public records request", "test-command", clock.instant(),
				ExportState.RUNNING, 0, null,
				null, null, null, null);
		exports.insert(export);
		return export;
	}
}
