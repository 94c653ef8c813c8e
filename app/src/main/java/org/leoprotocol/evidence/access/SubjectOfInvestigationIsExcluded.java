package org.leoprotocol.evidence.access;

import java.util.Optional;

import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.shared.Actor;

/**
 * The officer a case investigates never sees its evidence, whatever his rank (scenario 002: an officer under
 * investigation, who would protect his daughter, must not reach the case).
 */
record SubjectOfInvestigationIsExcluded() implements AccessPolicy {

	@Override
	public Optional<AccessRefused> refusal(Actor who, EvidenceItem item, AccessFacts facts) {
		return facts.links().stream()
			.filter(link -> link.subject() != null && link.subject().value().equals(who.officer()))
			.findFirst()
			.map(link -> new AccessRefused("evidence.access.subject", link.reference()));
	}
}
