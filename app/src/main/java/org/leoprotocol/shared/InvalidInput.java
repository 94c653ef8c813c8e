package org.leoprotocol.shared;

/**
 * What was sent cannot be taken as it is: a missing or malformed field, a value out of range, a file of the wrong kind.
 * Answered 400. Extend it to name a module's own refusal of this kind.
 */
public non-sealed class InvalidInput extends Refusal {

	private static final long serialVersionUID = 1L;

	public InvalidInput(String key, Object... arguments) {
		super(key, arguments);
	}

	@Override
	public final int status() {
		return 400;
	}
}
