package org.leoprotocol.shared.redaction;

/**
 * One thing the gate took out of a text, shown to the person approving the redacted text (never to the public).
 *
 * @param found the text as written, e.g. "T.o.m.m.y"
 * @param mark what replaced it, e.g. "[child]"
 * @param reason a message key saying why: a person's name, a relationship with an age, an address or number
 */
public record Removal(String found, String mark, String reason) {

	public static final String NAME = "redaction.reason.name";
	public static final String RELATIONSHIP = "redaction.reason.relationship";
	public static final String CONTACT = "redaction.reason.contact";
}
