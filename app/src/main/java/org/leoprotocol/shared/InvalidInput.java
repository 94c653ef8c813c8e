package org.leoprotocol.shared;

/**
 * What was sent cannot be taken as it is: a missing or malformed field, a value out of range, a file of the wrong kind.
 * Answered 400. Extend it to name a module's own refusal of this kind; a refusal that knows more precisely what was
 * wrong with the request may answer with the client-error status that says so (413 content too large, 415 unsupported
 * media type, 422 content that contradicts its own declaration), and the one mapping answers with it.
 */
public non-sealed class InvalidInput extends Refusal {

	private static final long serialVersionUID = 1L;

	public InvalidInput(String key, Object... arguments) {
		super(key, arguments);
	}

	@Override
	public int status() {
		return 400;
	}
}
