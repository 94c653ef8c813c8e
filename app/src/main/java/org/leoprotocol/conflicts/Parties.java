package org.leoprotocol.conflicts;

import java.util.ArrayList;
import java.util.List;

/**
 * What the policy needs of a record: the case it belongs to (its number, where recusals and flagged actions are shown;
 * null when none), the parties, and who already holds a role on the case (its investigators).
 */
public record Parties(String caseNumber, List<Party> parties, List<HeldRole> rolesHeld) {

	public static final Parties NONE = new Parties(null, List.of(), List.of());

	public Parties {
		parties = List.copyOf(parties);
		rolesHeld = List.copyOf(rolesHeld);
	}

	/** A staff member's role on a case, e.g. {@code investigator}. */
	public record HeldRole(String username, String role) {
	}

	Parties and(Parties other) {
		List<Party> all = new ArrayList<>(parties);
		all.addAll(other.parties);
		List<HeldRole> held = new ArrayList<>(rolesHeld);
		held.addAll(other.rolesHeld);
		return new Parties(caseNumber != null ? caseNumber : other.caseNumber, all, held);
	}
}
