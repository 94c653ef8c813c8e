package org.leoprotocol.shared.redaction;

/**
 * The part a person plays in the record a published text comes from; a redacted name is replaced by its mark, so a
 * reader still follows the text ("[child] was found by the fountain") without learning who.
 */
public enum Party {
	CHILD("[child]"),
	GUARDIAN("[guardian]"),
	COMPLAINANT("[complainant]"),
	WITNESS("[witness]"),
	REPORTER("[reporter]"),
	OFFICER("[officer]"),
	PERSON("[person]");

	private final String mark;

	Party(String mark) {
		this.mark = mark;
	}

	public String mark() {
		return mark;
	}
}
