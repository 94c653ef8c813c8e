package org.leoprotocol.evidence.intake;

/**
 * Evidence that is refused at the door, with the HTTP status that says why: 413 too large, 415 a type Leo cannot name
 * or the kind does not allow, 422 a hash that does not match what the sender declared.
 */
public class IntakeRefused extends RuntimeException {

	private final int status;

	public IntakeRefused(int status, String message) {
		super(message);
		this.status = status;
	}

	public static IntakeRefused tooLarge(String message) {
		return new IntakeRefused(413, message);
	}

	public static IntakeRefused unsupported(String message) {
		return new IntakeRefused(415, message);
	}

	public static IntakeRefused mismatch(String message) {
		return new IntakeRefused(422, message);
	}

	public int status() {
		return status;
	}
}
