package org.leoprotocol.evidence.access;

import java.util.List;
import java.util.Optional;

import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.shared.Actor;

/**
 * One rule of who may see an item. Every rule must pass; the first to object names the reason, which goes to the audit
 * trail as a refusal (CJIS 5.4.1.1: failures are logged as well as successes).
 */
sealed interface AccessPolicy permits RoleHandlesEvidence, OfficersSeeTheirOwnRecordings,
		SubjectOfInvestigationIsExcluded, DeclaredPersonalStakeIsExcluded, ConflictOfInterestIsExcluded,
		CaseEvidenceIsClosedByDefault {

	List<AccessPolicy> ALL = List.of(new RoleHandlesEvidence(), new OfficersSeeTheirOwnRecordings(),
			new SubjectOfInvestigationIsExcluded(), new DeclaredPersonalStakeIsExcluded(),
			new ConflictOfInterestIsExcluded(),
			new CaseEvidenceIsClosedByDefault());

	Optional<AccessRefused> refusal(Actor who, EvidenceItem item, AccessFacts facts);
}
