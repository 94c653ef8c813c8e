package org.leoprotocol.complaints.intake;

/** A client sent more submissions or lookups than the intake allows; answered with 429 and a time to wait. */
class IntakeThrottled extends RuntimeException {

	private final long retryAfterSeconds;

	IntakeThrottled(long retryAfterSeconds) {
		super("Too many requests from your address; please try again in " + retryAfterSeconds + " seconds.");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
