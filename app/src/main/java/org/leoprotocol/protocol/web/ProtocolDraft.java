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

	/**
	 * One step as typed. Levels with no role chosen are not part of the chain; the last one is left blank so that a
	 * level can be added without a script.
	 *
	 * @param leftOut the user asked to leave this step out of the new version
	 */
	public record StepDraft(String code, String title, String instruction, String actingRole, String anchor,
			String deadlineMinutes, String deadlineSeconds, List<String> appliesTo, String underAge, String completedBy,
			String source, List<LevelDraft> levels, boolean leftOut, String problem) {

		static StepDraft empty() {
			return new StepDraft("", "", "", "OFFICER", "REPORT_RECEIVED", "0", "0", List.of(), "", "", "",
					List.of(LevelDraft.blank()), false, null);
		}

		public StepDraft refused(String why) {
			return new StepDraft(code, title, instruction, actingRole, anchor, deadlineMinutes, deadlineSeconds,
					appliesTo,
					underAge, completedBy, source, levels, leftOut, why);
		}

		public boolean appliesTo(String kind) {
			return appliesTo.contains(kind);
		}
	}

	/** One rung of a step's escalation chain: who is notified, and how long after the step's deadline. */
	public record LevelDraft(String role, String afterMinutes, String afterSeconds) {

		public static LevelDraft blank() {
			return new LevelDraft("", "", "");
		}
	}

	/** The options the form offers, each as the value sent and the label shown. */
	public record Choices(List<Choice> roles, List<Choice> anchors, List<Choice> kinds, List<Choice> completingEvents) {
	}

	public record Choice(String value, String label) {
	}
}
