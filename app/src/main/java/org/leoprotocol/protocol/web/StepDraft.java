package org.leoprotocol.protocol.web;

import java.util.List;

/**
 * One step of a protocol draft as typed. Levels with no role chosen are not part of the chain; the last one is left
 * blank so that a level can be added without a script.
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
