package org.leoprotocol.evidence.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.EvidenceLink;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

/**
 * One rule of who may see an item. Every rule must pass; the first to object names the reason, which goes to the audit
 * trail as a refusal (CJIS 5.4.1.1: failures are logged as well as successes).
 */
sealed interface AccessPolicy {

	List<AccessPolicy> ALL = List.of(new RoleHandlesEvidence(), new OfficersSeeTheirOwnRecordings(),
			new SubjectOfInvestigationIsExcluded(), new DeclaredPersonalStakeIsExcluded(),
			new ConflictOfInterestIsExcluded(),
			new CaseEvidenceIsClosedByDefault());

	Optional<AccessRefused> refusal(Actor who, EvidenceItem item, AccessFacts facts);

	/**
	 * What the rules read besides the item: its links, the cases for which the requester declared a stake, the cases
	 * whose team the requester is on (put on it, or assigned as its investigator), the cases whose team has an
	 * investigator in the requester's chain of command (the requester supervises the investigator's unit or one above
	 * it), and the conflict policy's reason for each linked case the requester may not see.
	 */
	record AccessFacts(List<EvidenceLink> links, Set<String> casesExcludingRequester, Set<String> casesOfRequesterTeams,
			Set<String> casesSupervisedByRequester, Map<String, String> conflictsByCase) {

		AccessFacts(List<EvidenceLink> links, Set<String> casesExcludingRequester, Set<String> casesOfRequesterTeams,
				Set<String> casesSupervisedByRequester) {
			this(links, casesExcludingRequester, casesOfRequesterTeams, casesSupervisedByRequester, Map.of());
		}
	}

	/** Administrators manage accounts, not evidence (Role.ADMIN); every other role handles evidence by its rules. */
	record RoleHandlesEvidence() implements AccessPolicy {

		@Override
		public Optional<AccessRefused> refusal(Actor who, EvidenceItem item, AccessFacts facts) {
			return who.hasAny(Role.OFFICER, Role.SUPERVISOR, Role.INVESTIGATOR, Role.REVIEW_BOARD, Role.COMMAND)
					? Optional.empty() : Optional.of(new AccessRefused("evidence.access.roles"));
		}
	}

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

	/** Whoever declared a personal stake in a case (family, friendship, a feud) is kept out of its evidence. */
	record DeclaredPersonalStakeIsExcluded() implements AccessPolicy {

		@Override
		public Optional<AccessRefused> refusal(Actor who, EvidenceItem item, AccessFacts facts) {
			return facts.casesExcludingRequester().stream().findFirst()
				.map(reference -> new AccessRefused("evidence.access.stake", reference));
		}
	}

	/**
	 * The conflict-of-interest policy decides for case-linked evidence: whoever has a stake in a case (a declared
	 * relation to its subject officer, complainant, child or witness; being one of them) never watches its evidence,
	 * whatever their role (scenario 002: the investigator refused the case for a relation is refused its video too).
	 */
	record ConflictOfInterestIsExcluded() implements AccessPolicy {

		@Override
		public Optional<AccessRefused> refusal(Actor who, EvidenceItem item, AccessFacts facts) {
			return facts.conflictsByCase().entrySet().stream().findFirst()
				.map(conflict -> new AccessRefused("evidence.access.conflict", conflict.getKey(), conflict.getValue()));
		}
	}

	/**
	 * Internal-affairs evidence is closed by default (need to know, CJIS Security Policy 5.5.2 "least privilege"): an
	 * item linked to a case is open only to the case's team (the investigators assigned and those put on the team), to
	 * supervisors in a team investigator's chain of command, and to command. A supervisor of another unit is refused
	 * whether or not anyone has set a team yet. The review board sees a case's evidence when it is put on the case's
	 * team; items linked to no case follow the other rules only.
	 */
	record CaseEvidenceIsClosedByDefault() implements AccessPolicy {

		@Override
		public Optional<AccessRefused> refusal(Actor who, EvidenceItem item, AccessFacts facts) {
			if (who.has(Role.COMMAND)) {
				return Optional.empty();
			}
			Optional<String> closed = facts.links().stream()
				.filter(link -> link.kind() == EvidenceLink.Kind.CASE)
				.map(EvidenceLink::reference)
				.filter(reference -> !facts.casesOfRequesterTeams().contains(reference))
				.filter(reference -> !facts.casesSupervisedByRequester().contains(reference))
				.findFirst();
			if (closed.isPresent()) {
				return Optional.of(new AccessRefused("evidence.access.not-on-team", closed.get()));
			}
			boolean boardOnly = who.has(Role.REVIEW_BOARD)
					&& !who.hasAny(Role.SUPERVISOR, Role.INVESTIGATOR, Role.OFFICER);
			boolean referred = facts.links().stream()
				.anyMatch(link -> facts.casesOfRequesterTeams().contains(link.reference()));
			return boardOnly && !referred ? Optional.of(new AccessRefused("evidence.access.board"))
					: Optional.empty();
		}
	}
}
