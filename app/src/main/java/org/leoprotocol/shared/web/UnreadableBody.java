package org.leoprotocol.shared.web;

import org.leoprotocol.shared.InvalidInput;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A request body an API could not read: broken JSON, a kind, role or event name that does not exist, a malformed time.
 * Answered 400 like any bad input, said in the reader's language, with the parser's own words on what it could not read
 * (the field and the values allowed), so that a client fixing the request need not guess; the parser's words name a
 * type by its simple name only, never by where it lives inside Leo.
 */
final class UnreadableBody extends InvalidInput {

	private static final long serialVersionUID = 1L;

	/** The longest account of the parser's that is passed on; a longer one is cut. */
	static final int MAX_DETAIL = 300;

	private UnreadableBody(String key, Object... arguments) {
		super(key, arguments);
	}

	/** The refusal of a body the message converter could not read, with the first line of the parser's account. */
	static UnreadableBody of(HttpMessageNotReadableException unreadable) {
		String cause = unreadable.getMostSpecificCause().getMessage();
		String detail = cause == null ? ""
				: cause.split("\n", 2)[0].replaceAll(" at \\[Source.*", "")
					.replaceAll("`(?:[\\w$]+\\.)+([\\w$]+)`", "`$1`")
					.strip();
		if (detail.isEmpty()) {
			return new UnreadableBody("input.body.unreadable");
		}
		return new UnreadableBody("input.body.unreadable.detail",
				detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "…" : detail);
	}
}
