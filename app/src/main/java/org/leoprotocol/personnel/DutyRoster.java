package org.leoprotocol.personnel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.personnel.duty.ShiftDesk;
import org.leoprotocol.personnel.duty.SupervisionPolicy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is on duty, and so who is to be told when something concerning an officer needs a superior. */
@Service
public class DutyRoster {

	private final Roster roster;
	private final ShiftDesk shifts;

	DutyRoster(Roster roster, ShiftDesk shifts) {
		this.roster = roster;
		this.shifts = shifts;
	}

	/**
	 * The people of the rung on duty over the officer's unit at that time, else in its parent units up the chain;
	 * when nobody of that rung is on duty anywhere up the chain, the next rung up. Command always resolves. Only
	 * active officers are returned. The rules are {@link SupervisionPolicy}'s.
	 */
	@Transactional(readOnly = true)
	public Supervisors supervisorsOf(OfficerId about, Supervision rung, Instant at) {
		List<UUID> chain = roster.chainOfCommand(about).stream().map(Unit::id).toList();
		return SupervisionPolicy.resolve(about, rung, chain, shifts.onDutyAt(at), shifts.commandStaff());
	}

	/** Refuses, with the officer's status as reason, unless the officer is on active duty. */
	public void requireAvailable(OfficerId id) {
		roster.requireAvailable(id);
	}
}
