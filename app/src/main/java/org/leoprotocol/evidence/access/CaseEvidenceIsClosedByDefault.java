package org.leoprotocol.evidence.access;

import java.util.Optional;

import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.EvidenceLink;
import org.leoprotocol.evidence.LinkKind;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

/**
 * Internal-affairs evidence is closed by default (need to know, CJIS Security Policy 5.5.2 "least privilege"): an item
 * linked to a case is open only to the case's team (the investigators assigned and those put on the team), to
 * supervisors in a team investigator's chain of command, and to command. A supervisor of another unit is refused
 * whether or not anyone has set a team yet. The review board sees a case's evidence when it is put on the case's team;
 * items linked to no case follow the other rules only.
 */
record CaseEvidenceIsClosedByDefault() implements AccessPolicy {

	@Override
	public Optional<AccessRefused> refusal(Actor who, EvidenceItem item, AccessFacts facts) {
		if (who.has(Role.COMMAND)) {
			return Optional.empty();
		}
		Optional<String> closed = facts.links().stream()
			.filter(link -> link.kind() == LinkKind.CASE)
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
