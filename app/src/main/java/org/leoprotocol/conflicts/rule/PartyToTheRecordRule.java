package org.leoprotocol.conflicts.rule;

import java.util.List;
import java.util.Optional;

import org.leoprotocol.conflicts.Act;
import org.leoprotocol.conflicts.Conflict;
import org.leoprotocol.conflicts.Parties;
import org.leoprotocol.conflicts.PartyRole;

/**
 * Nobody acts on a record they are a party to: the subject officer, a reporting officer, a complainant, a witness. An
 * officer who is in a record only because duty put him there (dispatched to an incident, responsible for it) has no
 * stake of his own in it: he goes on working it, while whoever declared a relation to him does not decide it.
 */
final class PartyToTheRecordRule implements ConflictRule {

	@Override
	public Optional<Conflict> conflict(Decider who, Act act, Parties record) {
		return record.parties().stream()
			.filter(party -> party.role() != PartyRole.OFFICER)
			.filter(party -> (party.officerId() != null && party.officerId().equals(who.officerId()))
					|| (party.officerId() == null && Names.same(party.name(), who.fullName())))
			.findFirst()
			.map(party -> new Conflict("conflicts.rule.party", List.of(Conflict.PARTY + party.role().name())));
	}
}
