package org.leoprotocol.evidence.access;

import java.util.Optional;

import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.shared.Actor;

/**
 * The conflict-of-interest policy decides for case-linked evidence: whoever has a stake in a case (a declared relation
 * to its subject officer, complainant, child or witness; being one of them) never watches its evidence, whatever their
 * role (scenario 002: the investigator refused the case for a relation is refused its video too).
 */
record ConflictOfInterestIsExcluded() implements AccessPolicy {

	@Override
	public Optional<AccessRefused> refusal(Actor who, EvidenceItem item, AccessFacts facts) {
		return facts.conflictsByCase().entrySet().stream().findFirst()
			.map(conflict -> new AccessRefused("evidence.access.conflict", conflict.getKey(), conflict.getValue()));
	}
}
