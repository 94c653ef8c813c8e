package org.leoprotocol.evidence.access;

import java.util.Optional;

import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

/** An officer with no supervisory or investigative role sees the footage they recorded, no one else's. */
record OfficersSeeTheirOwnRecordings() implements AccessPolicy {

	@Override
	public Optional<AccessRefused> refusal(Actor who, EvidenceItem item, AccessFacts facts) {
		boolean onlyOfficer = !who.hasAny(Role.SUPERVISOR, Role.INVESTIGATOR, Role.REVIEW_BOARD, Role.COMMAND);
		boolean own = who.officer() != null && item.recording().officer() != null
				&& who.officer().equals(item.recording().officer().value());
		return onlyOfficer && !own ? Optional.of(new AccessRefused("evidence.access.own-recordings"))
				: Optional.empty();
	}
}
