package org.leoprotocol.shared;

/**
 * A client sent more than its allowance. Not a refusal of what was asked but of when: {@code shared.web}'s one mapping
 * answers it for every page and API alike with 429, the seconds to wait in {@code Retry-After}, and the sentence
 * {@value #MESSAGE_KEY} in the reader's language. The exception's message, for logs only, is the key and the seconds.
 */
public class TooManyRequests extends RuntimeException {

	/** The sentence that tells the client how long to wait, with the seconds as its argument. */
	public static final String MESSAGE_KEY = "error.throttled";

	private static final long serialVersionUID = 1L;

	private final long retryAfterSeconds;

	TooManyRequests(long retryAfterSeconds) {
		super(MESSAGE_KEY + " [" + retryAfterSeconds + "]", null, false, false);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
