package org.leoprotocol.earlywarning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's side of a flag: the flags waiting for review, highest score first, and each step of the review
 * (acknowledge, plan an intervention with a follow-up date, close with an outcome), audited. Every vendor of
 * early-intervention systems frames them as non-disciplinary, with a recorded disposition of each alert (Axon
 * Standards, dssg {@code department_eis_alerts}) and monitoring after the intervention (Alpert and Walker 2000); so
 * does Leo. A reviewer with a stake in the flagged officer (the officer, or a declared relation to them) is recused by
 * the conflict policy at every step, which learns the flag's subject from {@link FlagParties}.
 */
@Service
public class FlagReview {

	private final Flags flags;
	private final AuditTrail audit;
	private final Clock clock;
	private final Conflicts conflicts;

	FlagReview(Flags flags, AuditTrail audit, Clock clock, Conflicts conflicts) {
		this.conflicts = conflicts;
		this.flags = flags;
		this.audit = audit;
		this.clock = clock;
	}

	/** Flags with the given status, or every flag not closed when {@code status} is null. */
	public List<Flag> flags(FlagStatus status, int limit) {
		return flags.list(status, limit);
	}

	/** Flags with the given status about one of the officers, highest score first. */
	List<Flag> flagsOf(FlagStatus status, java.util.Collection<UUID> officers, int limit) {
		return officers.isEmpty() ? List.of() : flags.listOf(status, officers, limit);
	}

	/** How many flags stand at each status: counts only, for command's figures. */
	public java.util.Map<FlagStatus, Long> counts() {
		return flags.counts();
	}

	/**
	 * The follow-ups that have come due: flags whose intervention was planned with a follow-up date that is today or
	 * past. The supervisor looks at the officer's record again and closes the flag with the outcome, or plans anew.
	 */
	public List<Flag> followUpsDue() {
		return flags.followUpsDue(LocalDate.now(clock));
	}

	public Flag flag(UUID id) {
		return flags.find(id).orElseThrow(() -> new UnknownRecord("earlywarning.flag.unknown", id));
	}

	@Transactional
	public Flag acknowledge(UUID flag, Actor actor) {
		conflicts.requireToDecide(actor, Role.SUPERVISOR, RecordRef.of(RecordKind.EARLY_WARNING_FLAG, flag));
		return step(flag, current -> current.acknowledge(actor, clock.instant()),
				Sentence.of("audit.detail.flag.acknowledged"));
	}

	@Transactional
	public Flag planIntervention(UUID flag, String plan, LocalDate followUpOn, Actor actor) {
		conflicts.requireToDecide(actor, Role.SUPERVISOR, RecordRef.of(RecordKind.EARLY_WARNING_FLAG, flag));
		return step(flag, current -> current.planIntervention(plan, followUpOn, LocalDate.now(clock), clock.instant()),
				Sentence.of("audit.detail.flag.intervention-planned"));
	}

	@Transactional
	public Flag close(UUID flag, String outcome, Actor actor) {
		conflicts.requireToDecide(actor, Role.SUPERVISOR, RecordRef.of(RecordKind.EARLY_WARNING_FLAG, flag));
		return step(flag, current -> current.close(outcome, actor, clock.instant()),
				Sentence.of("audit.detail.flag.closed"));
	}

	private Flag step(UUID id, UnaryOperator<Flag> step, Sentence what) {
		Flag flag = step.apply(flags.findForUpdate(id)
			.orElseThrow(() -> new UnknownRecord("earlywarning.flag.unknown", id)));
		flags.saveReview(flag);
		audit.access(AuditAction.UPDATE, EarlyWarning.COMPONENT, RecordReference.of("Flag", id), what);
		return flag;
	}
}
