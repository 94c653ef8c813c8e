package org.leoprotocol.conflicts.rule;

import java.util.List;
import java.util.Optional;

import org.leoprotocol.conflicts.Act;
import org.leoprotocol.conflicts.Conflict;
import org.leoprotocol.conflicts.Parties;

/**
 * Who investigated a case does not decide it: investigation and adjudication stay apart (the Model Law Enforcement
 * Officer Discipline policy's separation of the two). Reading and investigating are what the role is for.
 */
final class RoleOnTheCaseRule implements ConflictRule {

	@Override
	public Optional<Conflict> conflict(Decider who, Act act, Parties record) {
		if (act != Act.DECIDE) {
			return Optional.empty();
		}
		return record.rolesHeld().stream().filter(held -> held.username().equals(who.username())).findFirst()
			.map(held -> new Conflict("conflicts.rule.role", List.of(held.role())));
	}
}
