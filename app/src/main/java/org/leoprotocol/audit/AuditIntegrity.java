package org.leoprotocol.audit;

import java.util.List;
import java.util.Optional;

import org.leoprotocol.audit.chain.ChainLinks;
import org.leoprotocol.audit.chain.ChainVerification;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the audit trail provable: at intervals ({@code leo.audit.seal-interval}, one minute) new rows are sealed into a
 * hash chain and its head is announced ({@link AuditChainSealed}) for the custody ledger to record; {@link #verify}
 * re-walks the chain against the heads the ledger holds.
 */
@Service
public class AuditIntegrity {

	private final ChainLinks links;
	private final ChainVerification verification;
	private final ApplicationEventPublisher events;

	AuditIntegrity(ChainLinks links, ChainVerification verification, ApplicationEventPublisher events) {
		this.links = links;
		this.verification = verification;
		this.events = events;
	}

	/** Seals every audit row not yet in the chain and announces the new head. */
	@Transactional
	public Optional<AuditChainSealed> seal() {
		Optional<AuditChainSealed> head = links.sealAll();
		head.ifPresent(events::publishEvent);
		return head;
	}

	/** Checks the chain and every audit row in it, and the chain against the heads entered in the custody ledger. */
	public AuditIntegrityReport verify(List<AuditChainSealed> ledgerHeads) {
		return verification.verify(ledgerHeads);
	}
}
