package org.leoprotocol.conflicts.rule;

import java.util.List;
import java.util.Optional;

import org.leoprotocol.conflicts.Act;
import org.leoprotocol.conflicts.Conflict;
import org.leoprotocol.conflicts.DeclaredRelation;
import org.leoprotocol.conflicts.Parties;
import org.leoprotocol.conflicts.Party;

/**
 * Nobody acts on a record of a person they declared a relation to: family, a friend, a former partner (scenario 000:
 * the chief is the lost child's father and the complainant's husband).
 */
final class DeclaredRelationRule implements ConflictRule {

	@Override
	public Optional<Conflict> conflict(Decider who, Act act, Parties record) {
		for (DeclaredRelation relation : who.relations()) {
			for (Party party : record.parties()) {
				if (relates(relation, party)) {
					return Optional.of(new Conflict("conflicts.rule.relation",
							List.of(relation.relation(), Conflict.PARTY + party.role().name())));
				}
			}
		}
		return Optional.empty();
	}

	private static boolean relates(DeclaredRelation relation, Party party) {
		return relation.officerId() != null ? relation.officerId().equals(party.officerId())
				: party.officerId() == null && Names.same(relation.personName(), party.name());
	}
}
