package org.leoprotocol.investigations.conflict;

import java.util.List;
import java.util.Optional;

import org.leoprotocol.investigations.Investigator;
import org.leoprotocol.personnel.OfficerId;

/** Nobody investigates an allegation against themselves. */
public final class AccusedOfficerRule implements ConflictRule {

	@Override
	public Optional<String> conflict(Investigator candidate, List<OfficerId> accused) {
		return candidate.officerId() != null && accused.contains(candidate.officerId())
				? Optional.of(candidate.username() + " is one of the accused officers")
				: Optional.empty();
	}
}
