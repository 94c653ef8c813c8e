package org.leoprotocol.transparency.officer;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.Unit;

import org.springframework.stereotype.Component;

/** The unit code an officer belongs to when an event is counted; statistics per unit are published by code. */
@Component
public class OfficerUnits {

	static final String UNASSIGNED = "UNASSIGNED";

	private final Roster roster;

	OfficerUnits(Roster roster) {
		this.roster = roster;
	}

	public String of(OfficerId officer) {
		return roster.find(officer).map(found -> found.unitId()).flatMap(roster::unit).map(Unit::code)
			.orElse(UNASSIGNED);
	}

	/** The distinct units of the officers named; {@link #UNASSIGNED} when none could be matched. */
	public Set<String> of(Collection<OfficerId> officers) {
		Set<String> units = new LinkedHashSet<>();
		officers.forEach(officer -> units.add(of(officer)));
		if (units.isEmpty()) {
			units.add(UNASSIGNED);
		}
		return units;
	}
}
