package org.leoprotocol.evidence.access;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leoprotocol.evidence.EvidenceLink;

/**
 * What the rules read besides the item: its links, the cases for which the requester declared a stake, the cases whose
 * team the requester is on (put on it, or assigned as its investigator), the cases whose team has an investigator in
 * the requester's chain of command (the requester supervises the investigator's unit or one above it), and the conflict
 * policy's reason for each linked case the requester may not see.
 */
record AccessFacts(List<EvidenceLink> links, Set<String> casesExcludingRequester, Set<String> casesOfRequesterTeams,
		Set<String> casesSupervisedByRequester, Map<String, String> conflictsByCase) {

	AccessFacts(List<EvidenceLink> links, Set<String> casesExcludingRequester, Set<String> casesOfRequesterTeams,
			Set<String> casesSupervisedByRequester) {
		this(links, casesExcludingRequester, casesOfRequesterTeams, casesSupervisedByRequester, Map.of());
	}
}
