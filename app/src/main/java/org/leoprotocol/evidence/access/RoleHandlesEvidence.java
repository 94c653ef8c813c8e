package org.leoprotocol.evidence.access;

import java.util.Optional;

import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

/** Administrators manage accounts, not evidence (Role.ADMIN); every other role handles evidence by its rules. */
record RoleHandlesEvidence() implements AccessPolicy {

	@Override
	public Optional<AccessRefused> refusal(Actor who, EvidenceItem item, AccessFacts facts) {
		return who.hasAny(Role.OFFICER, Role.SUPERVISOR, Role.INVESTIGATOR, Role.REVIEW_BOARD, Role.COMMAND)
				? Optional.empty() : Optional.of(new AccessRefused("evidence.access.roles"));
	}
}
