package org.leoprotocol.protocol.triage;

import java.util.List;

import org.leoprotocol.protocol.Priority;

/** An incident's priority and every reason for it; with no reason the priority is {@link Priority#STANDARD}. */
public record PriorityAssessment(Priority priority, List<PriorityReason> reasons) {

	public PriorityAssessment {
		reasons = List.copyOf(reasons);
	}

	static PriorityAssessment of(List<PriorityReason> reasons) {
		Priority highest = reasons.stream().map(PriorityReason::priority).reduce(Priority.STANDARD, Priority::atLeast);
		return new PriorityAssessment(highest, reasons);
	}
}
