package org.leoprotocol.shared;

/**
 * Leo refuses to start because of how it was set up, not because of a bug: the message says what is wrong and
 * {@link #action()} what to do, and {@code StartRefusedAnalyzer} prints both instead of a stack trace.
 */
public abstract class StartRefused extends IllegalStateException {

	protected StartRefused(String message, Throwable cause) {
		super(message, cause);
	}

	/** What the person starting Leo should do about it. */
	public abstract String action();
}
