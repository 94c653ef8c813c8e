package org.leoprotocol.evidence.custody;

import java.io.PrintWriter;
import java.util.List;

import org.leoprotocol.audit.AuditIntegrity;
import org.leoprotocol.audit.AuditIntegrityReport;
import org.leoprotocol.shared.LeoCommand;

import org.springframework.stereotype.Component;

/**
 * {@code ./leo verify-audit}: walks the audit trail's hash chain and compares it with the heads entered in the custody
 * ledger; every deleted or changed audit row is reported with its position. Exit code 1 when anything was found.
 */
@Component
public class VerifyAuditCommand implements LeoCommand {

	private final AuditIntegrity audit;
	private final AuditHeads heads;

	VerifyAuditCommand(AuditIntegrity audit, AuditHeads heads) {
		this.audit = audit;
		this.heads = heads;
	}

	@Override
	public String name() {
		return "verify-audit";
	}

	@Override
	public String usage() {
		return "verify-audit   re-check the audit trail's hash chain against the heads in the custody ledger";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		AuditIntegrityReport report = verify();
		report.lines().forEach(out::println);
		return report.intact() ? 0 : 1;
	}

	public AuditIntegrityReport verify() {
		return audit.verify(heads.recorded());
	}
}
