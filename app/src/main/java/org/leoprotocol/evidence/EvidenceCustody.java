package org.leoprotocol.evidence;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.Audited;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.evidence.access.EvidenceAccess;
import org.leoprotocol.evidence.access.NeedToKnowRecords;
import org.leoprotocol.evidence.bodycamera.BodyCameraFootage;
import org.leoprotocol.evidence.custody.CustodyLedger;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.evidence.store.BlobStore;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence in use: viewing, streaming and downloading an item, linking it to cases, and the declarations of need to
 * know. Each use passes the access rules first and is written to the custody ledger before a byte is served (CJIS
 * Security Policy 5.4.1.1); a failed ledger write refuses the use (fail closed: CJIS 5.4.2 treats an audit failure as
 * something to act on, not to pass over).
 */
@Service
public class EvidenceCustody {

	static final int LIST_LIMIT = 200;

	private final EvidenceItems items;
	private final EvidenceAccess access;
	private final NeedToKnowRecords cases;
	private final CustodyLedger ledger;
	private final BlobStore store;
	private final AuditTrail audit;
	private final Clock clock;

	private final BodyCameraFootage footage;

	EvidenceCustody(EvidenceItems items, EvidenceAccess access, NeedToKnowRecords cases, CustodyLedger ledger,
			BlobStore store,
			AuditTrail audit, Clock clock, BodyCameraFootage footage) {
		this.footage = footage;
		this.items = items;
		this.access = access;
		this.cases = cases;
		this.ledger = ledger;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** The items the requester may see, newest first. */
	public List<EvidenceItem> list(Actor actor) {
		audit.query(AuditAction.SEARCH, EvidenceIntake.COMPONENT, "EvidenceItem",
				Sentence.ofText("audit.detail.search.recent"));
		return items.recent(LIST_LIMIT).stream().filter(item -> access.refusal(actor, item).isEmpty()).toList();
	}

	/** Opens an item's record: recorded as VIEWED. */
	@Audited(value = AuditAction.READ, record = "EvidenceItem", detail = "audit.detail.evidence.viewed")
	public EvidenceRecord view(EvidenceId id, Actor actor) {
		EvidenceItem item = items.get(id);
		access.require(actor, item, "view");
		ledger.record(id, CustodyAction.VIEWED, "", actor);
		return new EvidenceRecord(item, items.links(id), ledger.history(id));
	}

	/** The chain of custody as a report; reading it is itself a VIEWED event. */
	@Audited(value = AuditAction.READ, record = "EvidenceItem", detail = "audit.detail.evidence.custody-report")
	public EvidenceRecord custodyReport(EvidenceId id, String format, Actor actor) {
		EvidenceItem item = items.get(id);
		access.require(actor, item, "audit.detail.evidence.custody-report");
		ledger.record(id, CustodyAction.VIEWED, "custody report (" + format + ")", actor);
		return new EvidenceRecord(item, items.links(id), ledger.history(id));
	}

	/** The item, if the requester may see it; for reading what surrounds it (its exports) without opening it. */
	@Audited(value = AuditAction.READ, record = "EvidenceItem", detail = "audit.detail.evidence.surroundings")
	public EvidenceItem permitted(EvidenceId id, Actor actor, String attempted) {
		EvidenceItem item = items.get(id);
		access.require(actor, item, attempted);
		return item;
	}

	/**
	 * Hands out the original bytes for streaming or download, after recording the use in the ledger. Every request of a
	 * player counts, ranges included ({@code part}), so no byte leaves unrecorded.
	 */
	@Audited(value = AuditAction.READ, record = "EvidenceItem", detail = "audit.detail.evidence.content-opened")
	public OpenedEvidence open(EvidenceId id, CustodyAction use, String part, Actor actor) {
		if (use != CustodyAction.STREAMED && use != CustodyAction.DOWNLOADED) {
			throw new IllegalArgumentException("Items are opened to stream or to download, not for " + use);
		}
		EvidenceItem item = items.get(id);
		access.require(actor, item, use.name().toLowerCase(Locale.ROOT));
		requireAvailable(item);
		ledger.record(id, use, "sha256=" + item.sha256() + (part == null || part.isBlank() ? "" : " " + part),
				actor);
		return new OpenedEvidence(item.fileName(), item.mediaType(), item.sha256(), item.storageKey(), store);
	}

	/** Links an item to a case or incident; a case link may name the officer it investigates. */
	@Transactional
	@Audited(value = AuditAction.UPDATE, record = "EvidenceItem", detail = "audit.detail.evidence.linked")
	public void link(EvidenceId id, LinkKind kind, String reference, OfficerId subject, Actor actor) {
		if (reference == null || reference.isBlank()) {
			throw new InvalidInput("evidence.link.reference." + kind.name());
		}
		if (subject != null && kind != LinkKind.CASE) {
			throw new InvalidInput("evidence.link.subject-not-case");
		}
		EvidenceItem item = items.get(id);
		access.require(actor, item, "link");
		items.link(id, new EvidenceLink(kind, reference.strip(), subject, clock.instant(), actor.username()));
		ledger.record(id, CustodyAction.LINKED,
				kind + "=" + reference.strip() + (subject == null ? "" : " subject=" + subject), actor);
		if (kind == LinkKind.INCIDENT) {
			footage.linked(item, reference.strip());
		}
	}

	/** Records that {@code username} has a personal stake in the case: from now on its evidence is closed to them. */
	@Transactional
	public void declareStake(String caseReference, String username, String reason, Actor actor) {
		if (caseReference == null || caseReference.isBlank() || username == null || username.isBlank()) {
			throw new InvalidInput("evidence.stake.names");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("evidence.stake.reason");
		}
		cases.exclude(caseReference.strip(), username.strip(), reason.strip(), actor, clock.instant());
		audit.access(AuditAction.CREATE, EvidenceIntake.COMPONENT,
				RecordReference.of("EvidenceAccessExclusion", caseReference),
				Sentence.of("audit.detail.evidence.excluded", username, reason));
	}

	/** Puts a staff member on a case's team: once a case has a team, only the team and command see its evidence. */
	@Transactional
	public void addToTeam(String caseReference, String username, Actor actor) {
		if (caseReference == null || caseReference.isBlank() || username == null || username.isBlank()) {
			throw new InvalidInput("evidence.team.names");
		}
		cases.addToTeam(caseReference.strip(), username.strip(), actor, clock.instant());
		audit.access(AuditAction.UPDATE, EvidenceIntake.COMPONENT,
				RecordReference.of("EvidenceCaseTeam", caseReference),
				Sentence.of("audit.detail.evidence.team-added", username));
	}

	static void requireAvailable(EvidenceItem item) {
		if (!item.isAvailable()) {
			throw new WrongState("evidence.unavailable." + item.state().name(), item.id());
		}
	}

	/** An item's record with its links and its chain of custody. */
	public record EvidenceRecord(EvidenceItem item, List<EvidenceLink> links, List<CustodyEvent> custody) {
	}
}
