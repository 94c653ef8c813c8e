package org.leoprotocol.evidence.access;

import java.util.Optional;

import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.shared.Actor;

/** Whoever declared a personal stake in a case (family, friendship, a feud) is kept out of its evidence. */
record DeclaredPersonalStakeIsExcluded() implements AccessPolicy {

	@Override
	public Optional<AccessRefused> refusal(Actor who, EvidenceItem item, AccessFacts facts) {
		return facts.casesExcludingRequester().stream().findFirst()
			.map(reference -> new AccessRefused("evidence.access.stake", reference));
	}
}
