package org.leoprotocol.protocol.triage;

import org.leoprotocol.protocol.Priority;

/** Why an incident has (at least) a priority, with the policy or source the reason comes from. */
public record PriorityReason(Priority priority, String reason, String source) {

	/** How the reason is stored and shown: "HIGH: child 13 or younger (NCMEC unusual circumstance 1)". */
	public String text() {
		return priority + ": " + reason + " (" + source + ")";
	}

	public static PriorityReason parse(String text) {
		int colon = text.indexOf(": ");
		int open = text.lastIndexOf(" (");
		if (colon < 0 || open < colon || !text.endsWith(")")) {
			return new PriorityReason(Priority.STANDARD, text, "");
		}
		return new PriorityReason(Priority.valueOf(text.substring(0, colon)), text.substring(colon + 2, open),
				text.substring(open + 2, text.length() - 1));
	}
}
