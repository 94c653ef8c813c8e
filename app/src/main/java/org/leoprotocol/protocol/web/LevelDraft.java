package org.leoprotocol.protocol.web;

/** One rung of a step's escalation chain: who is notified, and how long after the step's deadline. */
public record LevelDraft(String role, String afterMinutes, String afterSeconds) {

	public static LevelDraft blank() {
		return new LevelDraft("", "", "");
	}
}
