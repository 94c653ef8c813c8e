package org.leoprotocol.evidence;

/**
 * Evidence that is refused at the door, with the HTTP status that says why: 413 too large, 415 a type Leo cannot name
 * or the kind does not allow, 422 a hash that does not match what the sender declared.
 */
class IntakeRefused extends RuntimeException {

	private final int status;

	IntakeRefused(int status, String message) {
		super(message);
		this.status = status;
	}

	static IntakeRefused tooLarge(String message) {
		return new IntakeRefused(413, message);
	}

	static IntakeRefused unsupported(String message) {
		return new IntakeRefused(415, message);
	}

	static IntakeRefused mismatch(String message) {
		return new IntakeRefused(422, message);
	}

	int status() {
		return status;
	}
}
