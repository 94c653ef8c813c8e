package org.leoprotocol.evidence.custody;

import java.util.List;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.evidence.EvidenceIntake;
import org.leoprotocol.evidence.access.EvidenceAccess;
import org.leoprotocol.evidence.custody.CustodyLedger.ConsistencyProof;
import org.leoprotocol.evidence.custody.CustodyLedger.HeadView;
import org.leoprotocol.evidence.custody.CustodyLedger.InclusionProof;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The custody ledger for auditors: signed tree heads, an inclusion proof per event and consistency proofs between
 * heads, in the shapes of RFC 9162 (hashes in hex, signatures and keys in Base64). Reading the ledger is audited like
 * any audit-log read (CJIS 5.4.1.1, item 5). An event's proof shows the event, so it is refused to whoever the access
 * rules keep from the item (the officer a case investigates learns nothing of who handled its evidence).
 */
@RestController
@RequestMapping("/api/v1/evidence/ledger")
@PreAuthorize(LedgerApi.AUDITORS)
class LedgerApi {

	static final String AUDITORS = "hasAnyRole('INVESTIGATOR','REVIEW_BOARD','COMMAND','ADMIN')";

	private final CustodyLedger ledger;
	private final EvidenceItems items;
	private final EvidenceAccess access;
	private final AuditTrail audit;

	LedgerApi(CustodyLedger ledger, EvidenceItems items, EvidenceAccess access, AuditTrail audit) {
		this.ledger = ledger;
		this.items = items;
		this.access = access;
		this.audit = audit;
	}

	@GetMapping("/heads")
	List<HeadView> heads() {
		audit.query(AuditAction.READ, EvidenceIntake.COMPONENT, "CustodyTreeHead",
				Sentence.ofText("audit.detail.search.all"));
		return ledger.heads();
	}

	@GetMapping("/heads/latest")
	HeadView latest() {
		audit.query(AuditAction.READ, EvidenceIntake.COMPONENT, "CustodyTreeHead",
				Sentence.ofText("audit.detail.search.latest"));
		return ledger.heads().stream().reduce((first, second) -> second)
			.orElseThrow(() -> new UnknownRecord("evidence.ledger.head.none"));
	}

	@PostMapping("/heads")
	@PreAuthorize("hasAnyRole('COMMAND','ADMIN')")
	HeadView publish() {
		audit.query(AuditAction.CREATE, EvidenceIntake.COMPONENT, "CustodyTreeHead",
				Sentence.ofText("audit.detail.search.publish-head"));
		ledger.publishHead();
		return latest();
	}

	@GetMapping("/events/{position}/proof")
	InclusionProof inclusion(@PathVariable long position, Actor actor) {
		audit.query(AuditAction.READ, EvidenceIntake.COMPONENT, "CustodyEvent",
				Sentence.ofText("audit.detail.search.inclusion-proof", position));
		InclusionProof proof = ledger.proveInclusion(position);
		items.find(proof.event().evidenceId()).ifPresent(item -> access.require(actor, item, "custody proof"));
		return proof;
	}

	@GetMapping("/consistency")
	ConsistencyProof consistency(@RequestParam long first, @RequestParam long second) {
		audit.query(AuditAction.READ, EvidenceIntake.COMPONENT, "CustodyTreeHead",
				Sentence.ofText("audit.detail.search.consistency", first, second));
		return ledger.proveConsistency(first, second);
	}
}
