package org.leoprotocol.shared;

/**
 * The caller may not take this step on this record: need-to-know, a recusal for a conflict of interest, a role the step
 * requires. Answered 403; the refusal is audited where it was decided. Extend it to name a module's own refusal of this
 * kind.
 */
public non-sealed class NotPermitted extends Refusal {

	private static final long serialVersionUID = 1L;

	public NotPermitted(String key, Object... arguments) {
		super(key, arguments);
	}

	@Override
	public final int status() {
		return 403;
	}
}
