package org.leoprotocol.shared;

/**
 * The record asked for does not exist, or the caller may not know that it does: answered 404 so that a refusal never
 * confirms that a record exists. Extend it to name a module's own refusal of this kind.
 */
public non-sealed class UnknownRecord extends Refusal {

	private static final long serialVersionUID = 1L;

	public UnknownRecord(String key, Object... arguments) {
		super(key, arguments);
	}

	@Override
	public final int status() {
		return 404;
	}
}
