package org.leoprotocol.personnel;

import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.personnel.duty.ShiftDesk;
import org.leoprotocol.personnel.duty.ShiftImport;
import org.leoprotocol.personnel.duty.SupervisionPolicy;
import org.leoprotocol.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is on duty, and so who is to be told when something concerning an officer needs a superior. */
@Service
public class DutyRoster {

	private final Roster roster;
	private final ShiftDesk shifts;
	private final ShiftImport shiftImport;

	DutyRoster(Roster roster, ShiftDesk shifts, ShiftImport shiftImport) {
		this.roster = roster;
		this.shifts = shifts;
		this.shiftImport = shiftImport;
	}

	/**
	 * The people of the rung on duty over the officer's unit at that time, else in its parent units up the chain; when
	 * nobody of that rung is on duty anywhere up the chain, the next rung up. Command resolves on duty or not: the
	 * command ranks, else the top of the units' hierarchy (a roster with neither has no command staff). Only active
	 * officers are returned. The rules are {@link SupervisionPolicy}'s.
	 */
	@Transactional(readOnly = true)
	public Supervisors supervisorsOf(OfficerId about, Supervision rung, Instant at) {
		List<UUID> chain = roster.chainOfCommand(about).stream().map(Unit::id).toList();
		return SupervisionPolicy.resolve(about, rung, chain, shifts.onDutyAt(at), shifts.commandStaff());
	}

	/**
	 * The people of the rung on duty over a unit and the units above it, for a matter that concerns no officer yet (an
	 * incident nobody has been made responsible for is its opener's unit's): the same rules as {@link #supervisorsOf},
	 * nobody passed over. Without a unit (a civilian dispatcher opened it) the rung is sought agency-wide: a watch
	 * commander on duty anywhere, else command.
	 */
	@Transactional(readOnly = true)
	public Supervisors supervisorsOfUnit(UUID unit, Supervision rung, Instant at) {
		return SupervisionPolicy.resolve(null, rung, chainUpwards(unit), shifts.onDutyAt(at), shifts.commandStaff());
	}

	/** The unit the officer is on duty with at the instant: the unit of their shift covering it, if any. */
	public Optional<UUID> unitOnDuty(OfficerId officer, Instant at) {
		return shifts.unitOf(officer, at);
	}

	/** Whether the officer holds a shift, at any post, covering the instant. */
	public boolean isOnDuty(OfficerId officer, Instant at) {
		return shifts.coveringAt(at).stream().anyMatch(shift -> shift.officer().equals(officer));
	}

	/**
	 * Imports shifts from CSV ({@value ShiftImport#HEADER}, agency-local times) and returns how many were added; a file
	 * with a bad row is refused whole.
	 */
	public int importShifts(Reader csv, Actor importer) {
		return shiftImport.importCsv(csv, importer).added();
	}

	private List<UUID> chainUpwards(UUID unit) {
		Map<UUID, UUID> parents = new HashMap<>();
		roster.units().forEach(u -> parents.put(u.id(), u.parentId()));
		List<UUID> chain = new ArrayList<>();
		for (UUID at = unit; at != null && parents.containsKey(at) && !chain.contains(at); at = parents.get(at)) {
			chain.add(at);
		}
		return chain;
	}

	/** Refuses, with the officer's status as reason, unless the officer is on active duty. */
	public void requireAvailable(OfficerId id) {
		roster.requireAvailable(id);
	}
}
