package org.leoprotocol.investigations.conflict;

import java.util.List;
import java.util.Optional;

import org.leoprotocol.investigations.Investigator;
import org.leoprotocol.personnel.OfficerId;

/** Nobody investigates an officer they declared a personal relation to (family, friend, former partner). */
public final class DeclaredRelationRule implements ConflictRule {

	@Override
	public Optional<String> conflict(Investigator candidate, List<OfficerId> accused) {
		return candidate.relations().stream().filter(relation -> accused.contains(relation.officerId())).findFirst()
			.map(relation -> candidate.username() + " declared a personal relation (" + relation.relation()
					+ ") to accused officer " + relation.officerId());
	}
}
