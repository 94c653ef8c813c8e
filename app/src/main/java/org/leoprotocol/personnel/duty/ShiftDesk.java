package org.leoprotocol.personnel.duty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.OfficerUnavailableRefused;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty roster's book of shifts: who is on duty at a moment, and the audited changes that put an officer on a shift,
 * end it early or remove it. Whether the officer may be given duty at all is the roster's to decide before.
 */
@Service
public class ShiftDesk {

	static final String COMPONENT = "personnel";

	private final Shifts shifts;
	private final Roster roster;
	private final CommandRanks commandRanks;
	private final AuditTrail audit;
	private final Clock clock;

	ShiftDesk(Shifts shifts, Roster roster, CommandRanks commandRanks, AuditTrail audit, Clock clock) {
		this.shifts = shifts;
		this.roster = roster;
		this.commandRanks = commandRanks;
		this.audit = audit;
		this.clock = clock;
	}

	public List<OnDuty> onDutyAt(Instant at) {
		return shifts.onDutyAt(at);
	}

	public List<OfficerId> commandStaff() {
		return shifts.commandStaff(commandRanks.lowerCase());
	}

	/** The unit the officer is on duty with at the instant, if any. */
	public Optional<UUID> unitOf(OfficerId officer, Instant at) {
		return shifts.unitOf(officer, at);
	}

	public List<Shift> coveringAt(Instant at) {
		return shifts.coveringAt(at);
	}

	/** Shifts now running or still to come, soonest first. */
	public List<Shift> currentAndComing(int limit) {
		return shifts.notEndedBy(clock.instant(), limit);
	}

	/**
	 * Adds the shift; false when the same officer already holds that post over the unit from that start. An officer who
	 * is not on active duty is refused ({@link OfficerUnavailableRefused}).
	 */
	@Transactional
	public boolean add(Shift shift, Actor actor) {
		OfficerUnavailableRefused.unlessActive(roster.get(shift.officer()));
		boolean added = shifts.add(shift, actor.username(), clock.instant());
		if (added) {
			audit.access(AuditAction.CREATE, COMPONENT, RecordReference.of("DutyShift", shift.id()), Sentence
				.of("audit.detail.shift.planned", shift.post(), shift.startsAt(), shift.endsAt(), shift.officer()));
		}
		return added;
	}

	/** Ends a running shift now, as when a sergeant goes home sick. */
	@Transactional
	public void endNow(UUID id) {
		Shift shift = shifts.find(id).orElseThrow(() -> new UnknownRecord("personnel.refused.shift.unknown", id));
		shifts.end(shift.id(), clock.instant());
		audit.access(AuditAction.UPDATE, COMPONENT, RecordReference.of("DutyShift", id),
				Sentence.of("audit.detail.shift.ended", clock.instant()));
	}

	/** Removes a shift entered by mistake. */
	@Transactional
	public void remove(UUID id) {
		if (shifts.find(id).isEmpty()) {
			throw new UnknownRecord("personnel.refused.shift.unknown", id);
		}
		shifts.remove(id);
		audit.access(AuditAction.UPDATE, COMPONENT, RecordReference.of("DutyShift", id),
				Sentence.of("audit.detail.shift.removed"));
	}
}
