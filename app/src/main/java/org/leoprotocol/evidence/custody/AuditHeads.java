package org.leoprotocol.evidence.custody;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.audit.AuditChainSealed;
import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.shared.Actor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The audit trail's chain heads in the custody ledger. Each head the audit module seals becomes a custody event of the
 * pseudo-item {@link #AUDIT_TRAIL} (the nil UUID, RFC 9562 §5.9), so whoever can check the ledger can check that the
 * audit trail was neither shortened nor rewritten since.
 */
@Component
class AuditHeads {

	static final EvidenceId AUDIT_TRAIL = new EvidenceId(new UUID(0, 0));

	private final CustodyLedger ledger;

	AuditHeads(CustodyLedger ledger) {
		this.ledger = ledger;
	}

	@ApplicationModuleListener
	void on(AuditChainSealed head) {
		ledger.record(AUDIT_TRAIL, CustodyAction.AUDIT_SEALED, head.text(), Actor.leo());
	}

	List<AuditChainSealed> recorded() {
		return ledger.history(AUDIT_TRAIL).stream().filter(event -> event.action() == CustodyAction.AUDIT_SEALED)
			.map(event -> AuditChainSealed.parse(event.detail())).flatMap(Optional::stream).toList();
	}
}
