package org.leoprotocol.shared.web;

import org.leoprotocol.shared.InvalidInput;

/**
 * A text with a control character ({@link ControlCharacters}), refused at the edge with the name of the field it came
 * in, so that the sender learns which field to clean and send again.
 */
class ControlCharacterRefused extends InvalidInput {

	private static final long serialVersionUID = 1L;

	private final String field;

	ControlCharacterRefused(String field) {
		super("input.controlCharacter", field);
		this.field = field;
	}

	String field() {
		return field;
	}
}
