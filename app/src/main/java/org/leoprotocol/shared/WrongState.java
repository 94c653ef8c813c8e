package org.leoprotocol.shared;

/**
 * The record's state does not allow the step now: a closed incident amended, a finding recorded twice, one person
 * holding two duties that must stay apart. Answered 409. Extend it to name a module's own refusal of this kind.
 */
public non-sealed class WrongState extends Refusal {

	private static final long serialVersionUID = 1L;

	public WrongState(String key, Object... arguments) {
		super(key, arguments);
	}

	@Override
	public final int status() {
		return 409;
	}
}
