package org.leoprotocol.conflicts.rule;

import java.util.List;
import java.util.Optional;

import org.leoprotocol.conflicts.Act;
import org.leoprotocol.conflicts.Conflict;
import org.leoprotocol.conflicts.Parties;
import org.leoprotocol.conflicts.PartyRole;

/**
 * Nobody investigates an officer of their own unit or of a unit below their own: a supervisor answers for the conduct
 * under investigation and may have ordered it. Deciding is command's duty and reading its need, so the rule applies to
 * investigating only.
 */
final class ChainOfCommandRule implements ConflictRule {

	private final ChainOfCommand chain;

	ChainOfCommandRule(ChainOfCommand chain) {
		this.chain = chain;
	}

	@Override
	public Optional<Conflict> conflict(Decider who, Act act, Parties record) {
		if (act != Act.INVESTIGATE || who.unitId() == null) {
			return Optional.empty();
		}
		return record.parties().stream()
			.filter(party -> party.role() == PartyRole.SUBJECT_OFFICER && party.officerId() != null
					&& !party.officerId().equals(who.officerId()))
			.filter(party -> chain.unitsAbove(party.officerId()).contains(who.unitId()))
			.findFirst()
			.map(party -> new Conflict("conflicts.rule.chain", List.of()));
	}
}
