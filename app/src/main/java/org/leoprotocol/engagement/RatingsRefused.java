package org.leoprotocol.engagement;

import org.leoprotocol.shared.InvalidInput;

/** A survey answer that cannot be taken as given, said by its bundle key on the page and in the API. */
class RatingsRefused extends InvalidInput {

	private static final long serialVersionUID = 1L;

	RatingsRefused(String key, Object... arguments) {
		super(key, arguments);
	}
}
