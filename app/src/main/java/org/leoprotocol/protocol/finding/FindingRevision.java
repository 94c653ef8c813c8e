package org.leoprotocol.protocol.finding;

import java.util.List;
import java.util.Objects;

import org.leoprotocol.protocol.ProtocolFinding;

/**
 * What an amendment changes in an incident's findings: the stored findings that the amended record no longer supports
 * (a different officer, or a different measure, or none at all) are withdrawn; findings of the amended record whose
 * kind has no finding left standing are added. A finding the amended record still supports stays.
 */
record FindingRevision(List<ProtocolFinding> withdrawn, List<Finding> added) {

	static FindingRevision between(List<ProtocolFinding> current, List<Finding> recomputed) {
		List<ProtocolFinding> withdrawn = current.stream()
			.filter(stored -> recomputed.stream().noneMatch(finding -> same(stored, finding))).toList();
		List<Finding> added = recomputed.stream()
			.filter(finding -> current.stream()
				.noneMatch(stored -> stored.kind() == finding.kind() && !withdrawn.contains(stored)))
			.toList();
		return new FindingRevision(withdrawn, added);
	}

	private static boolean same(ProtocolFinding stored, Finding finding) {
		return stored.kind() == finding.kind() && Objects.equals(stored.officer(), finding.officer())
				&& Objects.equals(stored.measured(), finding.measured());
	}
}
