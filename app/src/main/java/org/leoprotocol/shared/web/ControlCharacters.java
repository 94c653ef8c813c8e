package org.leoprotocol.shared.web;

/**
 * Text Leo accepts from anyone: no control characters (Unicode category Cc) except tab, line feed and carriage return.
 * A NUL cannot be stored in PostgreSQL text at all, and the others only hide or forge what a reader sees (the OWASP
 * Input Validation Cheat Sheet asks for allow-lists of characters at the edge).
 */
final class ControlCharacters {

	/** The message key that explains a refusal; its argument is the field's name. */
	static final String MESSAGE_KEY = "input.controlCharacter";

	private ControlCharacters() {
	}

	static boolean foundIn(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}
}
