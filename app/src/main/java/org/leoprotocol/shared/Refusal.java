package org.leoprotocol.shared;

import java.util.Arrays;

import org.leoprotocol.shared.web.Explained;

/**
 * Why Leo will not do what it was asked, said as a message key with its arguments so that every reader gets the
 * sentence in their own language: a page in the visitor's, an API answer in the client's {@code Accept-Language}, a
 * mail in its recipient's. Four kinds exist and no other; each says one thing about the request, and one place
 * ({@code shared.web.Refusals}) maps the kind to an HTTP status, an RFC 9457 problem and the error page:
 * <ul>
 * <li>{@link UnknownRecord}: the record asked for does not exist, or is not the caller's to know of (404);</li>
 * <li>{@link InvalidInput}: what was sent cannot be taken as it is (400);</li>
 * <li>{@link WrongState}: the record's state, or the separation of duties, does not allow the step now (409);</li>
 * <li>{@link NotPermitted}: the caller may not take this step on this record (403).</li>
 * </ul>
 * A module names its own refusals by extending a kind ({@code SeparationRefused extends WrongState}). The exception's
 * message, for logs only, is the key followed by the arguments; no sentence is built in the domain.
 */
public abstract sealed class Refusal extends RuntimeException implements Explained
		permits UnknownRecord, InvalidInput, WrongState, NotPermitted {

	private static final long serialVersionUID = 1L;

	private final String key;
	private final transient Object[] arguments;

	Refusal(String key, Object... arguments) {
		super(key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)), null, false, false);
		this.key = key;
		this.arguments = arguments.clone();
	}

	@Override
	public String messageKey() {
		return key;
	}

	@Override
	public Object[] messageArguments() {
		return arguments.clone();
	}

	/** The HTTP status that answers this kind of refusal. */
	public abstract int status();
}
