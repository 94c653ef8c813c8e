package org.leoprotocol.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.Audited;
import org.leoprotocol.evidence.custody.CustodyLedger;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.evidence.retention.RetentionCategory;
import org.leoprotocol.evidence.retention.RetentionRecords;
import org.leoprotocol.evidence.store.BlobStore;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.WrongState;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention as data, since the law differs by state ({@link RetentionCategory}): categories with periods counted from
 * the recording's start (or intake), the longest applicable wins, an uncategorised item is kept until deleted by hand.
 * A legal hold or membership of a case blocks deletion. Expired items are queued for deletion and stay recoverable for
 * {@value #RECOVERY_DAYS} days, then their bytes are purged; the record and its chain of custody stay for good.
 */
@Service
public class EvidenceRetention {

	static final int RECOVERY_DAYS = 7;
	static final int SWEEP_BATCH = 500;

	private final EvidenceItems items;
	private final RetentionRecords retention;
	private final CustodyLedger ledger;
	private final BlobStore store;
	private final Clock clock;

	EvidenceRetention(EvidenceItems items, RetentionRecords retention, CustodyLedger ledger, BlobStore store,
			Clock clock) {
		this.items = items;
		this.retention = retention;
		this.ledger = ledger;
		this.store = store;
		this.clock = clock;
	}

	public List<RetentionCategory> categories() {
		return retention.categories();
	}

	@Transactional
	@Audited(value = AuditAction.UPDATE, record = "EvidenceItem", detail = "audit.detail.evidence.retention-set")
	public RetentionStatus apply(EvidenceId id, String category, Actor actor) {
		RetentionCategory chosen = category(category);
		EvidenceItem item = items.get(id);
		if (retention.apply(id, chosen.code(), actor, clock.instant())) {
			ledger.record(id, CustodyAction.RETENTION_SET, "category=" + chosen.code() + " retain_until="
					+ until(item).map(Instant::toString).orElse("manual"), actor);
		}
		return status(item);
	}

	@Transactional
	@Audited(value = AuditAction.UPDATE, record = "EvidenceItem", detail = "audit.detail.evidence.hold-placed")
	public RetentionStatus placeHold(EvidenceId id, String reason, Actor actor) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("evidence.hold.reason");
		}
		EvidenceItem item = items.get(id);
		if (retention.hold(id).isPresent()) {
			throw new WrongState("evidence.hold.already", id);
		}
		retention.placeHold(id, reason.strip(), actor, clock.instant());
		legalHold(item, true);
		ledger.record(id, CustodyAction.HOLD_PLACED, "reason=" + reason.strip(), actor);
		if (item.state() == ItemState.DELETION_PENDING) {
			restore(item, "audit.detail.evidence.hold-placed", actor);
		}
		return status(items.get(id));
	}

	@Transactional
	@Audited(value = AuditAction.UPDATE, record = "EvidenceItem", detail = "audit.detail.evidence.hold-lifted")
	public RetentionStatus liftHold(EvidenceId id, String reason, Actor actor) {
		EvidenceItem item = items.get(id);
		if (retention.hold(id).isEmpty()) {
			throw new WrongState("evidence.hold.none", id);
		}
		retention.liftHold(id);
		legalHold(item, false);
		ledger.record(id, CustodyAction.HOLD_LIFTED, "reason=" + (reason == null ? "" : reason.strip()), actor);
		return status(item);
	}

	/** Takes an item back out of the deletion queue within the recovery window. */
	@Transactional
	@Audited(value = AuditAction.UPDATE, record = "EvidenceItem", detail = "audit.detail.evidence.restored")
	public RetentionStatus restore(EvidenceId id, Actor actor) {
		EvidenceItem item = items.get(id);
		if (item.state() != ItemState.DELETION_PENDING) {
			throw new WrongState("evidence.restore.state." + item.state().name(), id);
		}
		restore(item, "restored by " + actor, actor);
		return status(items.get(id));
	}

	/**
	 * Queues expired items for deletion and purges those whose recovery window has passed. Runs nightly on one node of
	 * the cluster (a cluster job, see EvidenceConfiguration). It pages through the items that could be due, in batches
	 * of {@value #SWEEP_BATCH} by id, never holding the evidence table in memory; a run killed halfway is simply run
	 * again, since it decides from each item's state.
	 */
	public Sweep sweep() {
		Instant now = clock.instant();
		List<EvidenceId> queued = new ArrayList<>();
		List<EvidenceId> purged = new ArrayList<>();
		Map<String, RetentionCategory> known = known();
		for (List<EvidenceItem> batch = items.sweepable(null, SWEEP_BATCH); !batch.isEmpty(); batch = items
			.sweepable(batch.get(batch.size() - 1).id(), SWEEP_BATCH)) {
			sweep(batch, now, known, queued, purged);
		}
		return new Sweep(queued, purged);
	}

	private void sweep(List<EvidenceItem> batch, Instant now, Map<String, RetentionCategory> known,
			List<EvidenceId> queued,
			List<EvidenceId> purged) {
		for (EvidenceItem item : batch) {
			Optional<Instant> until = item.state() == ItemState.ACTIVE ? until(item, known) : Optional.empty();
			if (until.filter(now::isAfter).isPresent() && deletable(item)) {
				Instant due = now.plus(Duration.ofDays(RECOVERY_DAYS));
				items.changeState(item.id(), ItemState.DELETION_PENDING, due);
				ledger.record(item.id(), CustodyAction.DELETED,
						"queued: retention ended " + until.get() + "; purge after " + due, Actor.leo());
				queued.add(item.id());
			}
			else if (item.state() == ItemState.DELETION_PENDING && item.deletionDue().isBefore(now)
					&& deletable(item)) {
				purge(item);
				purged.add(item.id());
			}
		}
	}

	@Audited(value = AuditAction.READ, record = "EvidenceItem", detail = "audit.detail.evidence.retention-status")
	public RetentionStatus status(EvidenceId id) {
		return status(items.get(id));
	}

	public List<RetentionStatus> report() {
		return items.all().stream().map(this::status).toList();
	}

	Optional<Instant> until(EvidenceItem item) {
		return until(item, known());
	}

	private Map<String, RetentionCategory> known() {
		return retention.categories().stream().collect(Collectors.toMap(RetentionCategory::code, Function.identity()));
	}

	private Optional<Instant> until(EvidenceItem item, Map<String, RetentionCategory> known) {
		List<RetentionCategory> applied = retention.categoriesOf(item.id()).stream().map(known::get).toList();
		if (applied.isEmpty() || applied.stream().anyMatch(c -> c.period() == null)) {
			return Optional.empty();
		}
		Instant base = item.recording().from() != null ? item.recording().from() : item.ingestedAt();
		return applied.stream().map(c -> c.until(base).orElseThrow()).max(Instant::compareTo);
	}

	private boolean deletable(EvidenceItem item) {
		return retention.hold(item.id()).isEmpty() && !retention.inCase(item.id());
	}

	private void purge(EvidenceItem item) {
		try {
			if (retention.othersSharing(item) == 0) {
				store.delete(item.storageKey());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not purge the bytes of " + item.id(), ex);
		}
		items.changeState(item.id(), ItemState.DELETED, item.deletionDue());
		ledger.record(item.id(), CustodyAction.DELETED,
				"purged; the record, its SHA-256 " + item.sha256() + " and this chain of custody remain", Actor.leo());
	}

	private void restore(EvidenceItem item, String why, Actor actor) {
		items.changeState(item.id(), ItemState.ACTIVE, null);
		ledger.record(item.id(), CustodyAction.RESTORED, why, actor);
	}

	private void legalHold(EvidenceItem item, boolean on) {
		try {
			store.legalHold(item.storageKey(), on);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The evidence store refused the legal hold", ex);
		}
	}

	private RetentionStatus status(EvidenceItem item) {
		return new RetentionStatus(item.id(), item.fileName(), retention.categoriesOf(item.id()),
				until(item).orElse(null),
				retention.hold(item.id()).orElse(null), retention.inCase(item.id()), item.state(), item.deletionDue());
	}

	private RetentionCategory category(String code) {
		return retention.categories().stream().filter(c -> c.code().equalsIgnoreCase(code == null ? "" : code.strip()))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("evidence.retention.category", code,
					retention.categories().stream().map(RetentionCategory::code).toList().toString()));
	}

	/** Where an item stands: its categories, the end of retention (null: until deleted by hand), what holds it. */
	public record RetentionStatus(EvidenceId id, String fileName, List<String> categories, Instant retainUntil,
			String legalHold,
			boolean inCase, ItemState state, Instant deletionDue) {
	}

	/** What a sweep did. */
	public record Sweep(List<EvidenceId> queued, List<EvidenceId> purged) {
	}
}
