package org.leoprotocol.shared;

/** A client sent more than its allowance; answered with 429 and the seconds to wait ({@code Retry-After}). */
public class TooManyRequests extends RuntimeException {

	private final long retryAfterSeconds;

	TooManyRequests(long retryAfterSeconds) {
		super("Too many requests from your address; please try again in " + retryAfterSeconds + " seconds.");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
