package org.leoprotocol.protocol.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The next protocol version as command staff are drafting it on the protocol page: it starts as a copy of the current
 * version, keeps whatever was typed when publication is refused, and carries each refusal next to the part it is about
 * (the version as a whole, or one step).
 *
 * @param notes why this version is published; kept with the version for anyone who later asks why a deadline changed
 */
public record ProtocolDraft(String name, String notes, List<StepDraft> steps, String problem, Choices choices) {

	public static final String ADD_STEP = "add-step";
	public static final String PUBLISH = "publish";

	/** The draft with one more, empty step at the end, for the user to fill in. */
	public ProtocolDraft withNewStep() {
		List<StepDraft> more = new ArrayList<>(steps);
		more.add(StepDraft.empty());
		return new ProtocolDraft(name, notes, more, null, choices);
	}

	public ProtocolDraft refused(String why, List<StepDraft> checked) {
		return new ProtocolDraft(name, notes, checked, why, choices);
	}

	public boolean refused() {
		return problem != null || steps.stream().anyMatch(step -> step.problem() != null);
	}
}
