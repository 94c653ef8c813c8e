package org.leoprotocol.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class AuditDetailsIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	AuditTrail audit;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aSpanishReaderReadsANewDetailInSpanishAndAnOldOneAsItWasWritten() throws Exception {
		String thing = "words-" + UUID.randomUUID();
		transactions.executeWithoutResult(tx -> audit.access(AuditAction.UPDATE, "protocol",
				RecordReference.of("Incident", thing), Sentence.of("audit.detail.dispatch.ASSIGNED")));
		writtenBeforeKeys(thing, "body camera RECORDING_STARTED");

		mvc.perform(get("/staff/audit").param("recordId", thing).header("Accept-Language", "es")
			.with(as(staff, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("despacho: unidad asignada")))
			.andExpect(content().string(containsString("body camera recording started")))
			.andExpect(content().string(not(containsString("audit.detail."))));
		mvc.perform(get("/staff/audit").param("recordId", thing).with(as(staff, Role.ADMIN)))
			.andExpect(content().string(containsString("dispatch: unit assigned")));
		mvc.perform(get("/api/v1/audit").param("recordId", thing).header("Accept-Language", "es")
			.with(as(staff, Role.ADMIN)))
			.andExpect(jsonPath("$[1].record.detail").value("audit.detail.dispatch.ASSIGNED"))
			.andExpect(jsonPath("$[1].detailSaid").value("despacho: unidad asignada"))
			.andExpect(jsonPath("$[0].detailSaid").value("body camera recording started"));
	}

	@Test
	void theExportKeepsTheStoredDetailAndAddsItSaidInTheDownloadersLanguage() throws Exception {
		String thing = "words-" + UUID.randomUUID();
		transactions.executeWithoutResult(tx -> audit.access(AuditAction.UPDATE, "protocol",
				RecordReference.of("Incident", thing),
				Sentence.of("audit.detail.incident.step-done", "FAMILY_CALLED")));

		var started = mvc.perform(get("/staff/audit/export.csv").param("recordId", thing)
			.header("Accept-Language", "es")
			.with(as(staff, Role.ADMIN))).andReturn();
		String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		assertThat(csv.lines().skip(1).toList()).singleElement()
			.satisfies(line -> assertThat(line)
				.endsWith(",audit.detail.incident.step-done|FAMILY_CALLED,paso family called hecho"));
	}

	private void writtenBeforeKeys(String thing, String detail) {
		jdbc.sql("""
				insert into audit_event (id, occurred_at, actor, actor_kind, action, component, record_type, record_id,
				                         outcome, source_address, detail)
				values (:id, :at, 'leo', 'SYSTEM', 'UPDATE', 'protocol', 'Incident', :thing, 'SUCCESS', null, :detail)
				""")
			.param("id", UUID.randomUUID()).param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("thing", thing)
			.param("detail", detail).update();
	}
}
