package org.leoprotocol.evidence.intake;

import org.leoprotocol.shared.InvalidInput;

/**
 * Evidence refused at the door: what was sent cannot be taken as it is, and the HTTP status says more precisely why
 * (RFC 9110, section 15.5): 413 too large, 415 a type Leo cannot name or the kind does not allow, 422 content that does
 * not match the hash the sender declared.
 */
public final class IntakeRefused extends InvalidInput {

	private static final long serialVersionUID = 1L;

	private final int status;

	private IntakeRefused(int status, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.status = status;
	}

	public static IntakeRefused tooLarge(String messageKey, Object... arguments) {
		return new IntakeRefused(413, messageKey, arguments);
	}

	public static IntakeRefused unsupported(String messageKey, Object... arguments) {
		return new IntakeRefused(415, messageKey, arguments);
	}

	public static IntakeRefused mismatch(String messageKey, Object... arguments) {
		return new IntakeRefused(422, messageKey, arguments);
	}

	@Override
	public int status() {
		return status;
	}
}
