package org.leoprotocol.evidence.custody;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditChainSealed;
import org.leoprotocol.audit.AuditIntegrity;
import org.leoprotocol.audit.AuditIntegrityReport;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.shared.database.SchemaOwner;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An operator with the schema owner's password switches the audit trail's guard off, deletes one audit row and changes
 * another: the hash chain, whose heads the custody ledger holds, names both positions.
 */
@LeoIntegrationTest
class AuditChainIntegrationTests {

	@Autowired
	AuditTrail audit;
	@Autowired
	AuditIntegrity integrity;
	@Autowired
	AuditHeads heads;
	@Autowired
	VerifyAuditCommand verifyAudit;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ApplicationContext leo;

	@Test
	void aDeletedAndAChangedAuditRowAreFoundWithTheirPositions() {
		String marker = "chain-" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			Sentence detail = Sentence.of("audit.detail.incident.named", marker + "-" + i);
			transactions.executeWithoutResult(
					tx -> audit.access(AuditAction.READ, "test", RecordReference.of("Thing", marker), detail));
		}
		List<Long> positions = jdbc.sql("select position from audit_event where record_id = :m order by position")
			.param("m", marker).query(Long.class).list();
		long sealedUpTo = sealed(positions.get(2));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> heads.recorded().stream().anyMatch(head -> head.seq() >= sealedUpTo));
		assertThat(mentions(verifyAudit.verify(), positions)).isEmpty();

		long deleted = positions.get(0);
		long changed = positions.get(1);
		JdbcClient owner = SchemaOwner.of(leo);
		Map<String, Object> original = jdbc.sql("select * from audit_event where position = :p").param("p", deleted)
			.query().singleRow();
		guardOff(owner, true);
		try {
			owner.sql("delete from audit_event where position = :p").param("p", deleted).update();
			owner.sql("update audit_event set detail = 'nothing to see' where position = :p").param("p", changed)
				.update();

			AuditIntegrityReport report = verifyAudit.verify();
			assertThat(report.intact()).isFalse();
			assertThat(report.problems())
				.contains("Audit row " + deleted + " was deleted (sealed as link " + link(deleted) + ")")
				.anySatisfy(problem -> assertThat(problem)
					.startsWith("Audit row " + changed + " was changed after it was sealed"));
			StringWriter printed = new StringWriter();
			assertThat(verifyAudit.run(List.of(), new PrintWriter(printed, true))).isEqualTo(1);
			assertThat(printed.toString()).contains("Audit trail TAMPERED").contains("Audit row " + deleted);
		}
		finally {
			owner
				.sql("""
						insert into audit_event (position, id, occurred_at, actor, actor_kind, action, component, record_type,
						  record_id, outcome, source_address, detail) overriding system value
						values (:position, :id, :occurred_at, :actor, :actor_kind, :action, :component, :record_type, :record_id,
						  :outcome, :source_address, :detail)
						""")
				.params(original).update();
			owner.sql("update audit_event set detail = :d where position = :p")
				.param("d", Sentence.of("audit.detail.incident.named", marker + "-1").stored())
				.param("p", changed).update();
			guardOff(owner, false);
		}
		assertThat(mentions(verifyAudit.verify(), positions)).isEmpty();
	}

	private long sealed(long position) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			integrity.seal();
			return link(position) != null;
		});
		return link(position);
	}

	private Long link(long position) {
		return jdbc.sql("select seq from audit_chain where audit_position = :p").param("p", position).query(Long.class)
			.optional().orElse(null);
	}

	private static List<String> mentions(AuditIntegrityReport report, List<Long> positions) {
		return report.problems().stream()
			.filter(p -> positions.stream().anyMatch(pos -> p.contains("row " + pos + " "))).toList();
	}

	private static void guardOff(JdbcClient owner, boolean off) {
		owner.sql("alter table audit_event " + (off ? "disable" : "enable") + " trigger audit_event_append_only")
			.update();
	}
}
