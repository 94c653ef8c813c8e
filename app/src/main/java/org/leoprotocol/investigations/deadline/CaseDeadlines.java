package org.leoprotocol.investigations.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Command's changes to a case's clock: a toll or an extension, each only with its reason and authority, appended to the
 * case's history and audited; the case's deadline, shown on its page and used by every reminder, is recomputed from the
 * first deadline and all changes. Nobody can shorten a clock or change a recorded toll.
 */
@Service
public class CaseDeadlines {

	private final ClockAdjustments adjustments;
	private final AgencyTime agencyTime;
	private final AuditTrail audit;
	private final Clock clock;

	CaseDeadlines(ClockAdjustments adjustments, AgencyTime agencyTime, AuditTrail audit, Clock clock) {
		this.adjustments = adjustments;
		this.agencyTime = agencyTime;
		this.audit = audit;
		this.clock = clock;
	}

	/** Stops the clock from one agency day to another, both included. */
	@Transactional
	public ClockAdjustment toll(InvestigationId id, DeadlineClock which, LocalDate from, LocalDate until,
			DeadlineAuthority authority, Actor actor) {
		authority.check();
		if (from == null || until == null) {
			throw new DeadlineChangeRefused(DeadlineChangeRefused.Reason.NO_DATES);
		}
		if (until.isBefore(from)) {
			throw new DeadlineChangeRefused(DeadlineChangeRefused.Reason.ENDS_BEFORE_START);
		}
		return change(id, which, ClockAdjustment.Kind.TOLL, from, until, null, authority, actor.username());
	}

	/** Gives the clock more days. */
	@Transactional
	public ClockAdjustment extend(InvestigationId id, DeadlineClock which, Integer days, DeadlineAuthority authority,
			Actor actor) {
		authority.check();
		if (days == null || days < 1 || days > 3650) {
			throw new DeadlineChangeRefused(DeadlineChangeRefused.Reason.NO_DAYS);
		}
		return change(id, which, ClockAdjustment.Kind.EXTENSION, null, null, days, authority,
				actor.username());
	}

	/** The deadline the clock had before any toll or extension. */
	public static Instant firstDue(List<ClockAdjustment> history, Instant due) {
		return history.isEmpty() ? due : history.get(0).dueBefore();
	}

	/** Every toll and extension of the clock, oldest first. */
	public List<ClockAdjustment> history(InvestigationId id, DeadlineClock which) {
		return adjustments.of(id, which);
	}

	private ClockAdjustment change(InvestigationId id, DeadlineClock which, ClockAdjustment.Kind kind, LocalDate from,
			LocalDate until,
			Integer days, DeadlineAuthority authority, String by) {
		ClockAdjustments.Running running = adjustments.lock(id)
			.orElseThrow(() -> new UnknownRecord("investigations.refused.unknown", id));
		if (running.closed()) {
			throw new WrongState("investigations.deadline.refused.closed");
		}
		if (from != null && from.isAfter(LocalDate.ofInstant(running.dueAt(), agencyTime.zone()))) {
			throw new DeadlineChangeRefused(DeadlineChangeRefused.Reason.AFTER_DEADLINE);
		}
		List<ClockAdjustment> all = new ArrayList<>(adjustments.of(id, which));
		Instant firstDue = firstDue(all, running.dueAt());
		ClockAdjustment draft = new ClockAdjustment(which, kind, from, until, days, authority.reason().strip(),
				authority.name().strip(),
				authority.reference(), running.dueAt(), running.dueAt(), by, clock.instant());
		all.add(draft);
		Instant due = new StatutoryDeadline(firstDue, all).due(agencyTime.zone());
		ClockAdjustment recorded = new ClockAdjustment(which, kind, from, until, days, draft.reason(),
				draft.authority(),
				draft.authorityReference(), running.dueAt(), due, by, draft.recordedAt());
		adjustments.append(id, recorded);
		audit.access(AuditAction.UPDATE, "investigations", RecordReference.of("Investigation", id),
				Sentence.of("audit.detail.deadline." + which.segment() + "." + kind, recorded.authority(), due));
		return recorded;
	}
}
