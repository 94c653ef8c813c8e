package org.leoprotocol.audit;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.database.SchemaOwner;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail audit;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MockMvc mvc;

	@Test
	void theRunningRoleMayNeitherUpdateDeleteTruncateNorSwitchOffTheGuards() {
		transactions
			.executeWithoutResult(tx -> audit.access(AuditAction.READ, "test", RecordReference.of("Thing", "1"), null));

		java.util.Map<String, String> aColumn = java.util.Map.of("audit_event", "detail", "audit_chain", "sealed_at",
				"custody_event", "detail", "custody_tree_head", "issued_at");
		for (String table : aColumn.keySet()) {
			String column = aColumn.get(table);
			for (String attempt : new String[] { "update " + table + " set " + column + " = " + column,
					"delete from " + table, "truncate " + table,
					"alter table " + table + " disable trigger " + table + "_append_only",
					"alter table " + table + " disable trigger all" }) {
				assertThatThrownBy(() -> jdbc.sql(attempt).update()).as(attempt).isInstanceOf(DataAccessException.class)
					.rootCause().hasMessageMatching("ERROR: (permission denied|must be owner)[\\s\\S]*");
			}
		}
		assertThatThrownBy(() -> transactions.executeWithoutResult(
				tx -> jdbc.sql("set local session_replication_role = replica").update()))
			.rootCause().hasMessageContaining("permission denied");
		assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
			.isFalse();
	}

	@Test
	void evenTheSchemaOwnerIsStoppedByTheGuardsUnlessItSwitchesThemOff(@Autowired ApplicationContext leo) {
		transactions
			.executeWithoutResult(tx -> audit.access(AuditAction.READ, "test", RecordReference.of("Thing", "1"), null));
		JdbcClient owner = SchemaOwner.of(leo);

		assertThatThrownBy(() -> owner.sql("update audit_event set actor = 'someone else'").update())
			.isInstanceOf(DataAccessException.class).rootCause()
			.hasMessageContaining("append-only: UPDATE is not allowed");
		assertThatThrownBy(() -> owner.sql("delete from audit_event").update())
			.isInstanceOf(DataAccessException.class).rootCause()
			.hasMessageContaining("append-only: DELETE is not allowed");
		assertThatThrownBy(() -> owner.sql("truncate audit_event").update())
			.isInstanceOf(DataAccessException.class).rootCause()
			.hasMessageContaining("append-only: TRUNCATE is not allowed");
		assertThat(jdbc.sql("select count(*) from audit_event where actor = 'someone else'").query(Long.class).single())
			.isZero();
	}

	@Test
	void anAccessOutsideATransactionIsRefusedSoNoChangeGoesUnrecorded() {
		assertThatThrownBy(() -> audit.access(AuditAction.UPDATE, "test", RecordReference.of("Thing", "2"), null))
			.hasMessageContaining("transaction");
	}

	@Test
	void anAdministratorSearchesAndExportsAndBothAreRecorded() throws Exception {
		String admin = org.leoprotocol.StaffAccountsForTests.ensure(staff, Role.ADMIN);

		mvc.perform(get("/staff/audit").param("action", "LOGIN").with(as(staff, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"audit-events\"")));
		mvc.perform(get("/staff/audit/export.csv").param("actor", admin).with(as(staff, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("leo-audit-trail.csv")));

		assertThat(jdbc.sql("select action from audit_event where actor = :a and component = 'audit'").param("a", admin)
			.query(String.class).list()).contains("SEARCH", "EXPORT");
	}

	@Test
	void theCsvExportHasOneLinePerEventWithTheCjisFields() throws Exception {
		var started = mvc.perform(get("/staff/audit/export.csv").param("action", "LOGIN").with(as(staff, Role.ADMIN)))
			.andReturn();
		String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		assertThat(csv.lines().findFirst()).hasValue(String.join(",", AuditLog.CSV_HEADER));
		assertThat(csv.lines().skip(1)).allMatch(line -> line.contains(",LOGIN,access,"));
	}

	@Test
	void aBadFilterIsExplainedOnThePage() throws Exception {
		mvc.perform(get("/staff/audit").param("from", "yesterday").with(as(staff, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("is not a date like 2026-11-22 (first day)")));
		mvc.perform(get("/staff/audit").param("outcome", "maybe").header("Accept-Language", "es")
			.with(as(staff, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("no es un valor válido de resultado")));
	}

	@Test
	void onlyAdministratorsReadTheTrailAndARefusalIsRecorded() throws Exception {
		String investigator = org.leoprotocol.StaffAccountsForTests.ensure(staff, Role.INVESTIGATOR);

		mvc.perform(get("/api/v1/audit").with(as(staff, Role.INVESTIGATOR))).andExpect(status().isForbidden());

		assertThat(jdbc.sql(
				"select count(*) from audit_event where actor = :a and action = 'ACCESS_DENIED' and outcome = 'FAILURE'")
			.param("a", investigator).query(Long.class).single()).isPositive();
	}
}
