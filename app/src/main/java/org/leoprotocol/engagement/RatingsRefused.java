package org.leoprotocol.engagement;

import org.leoprotocol.shared.web.Explained;

/** A survey answer that cannot be taken as given; English for the API, a bundle key for the page. */
class RatingsRefused extends IllegalArgumentException implements Explained {

	private final String key;
	private final Object[] arguments;

	RatingsRefused(String key, String english, Object... arguments) {
		super(english);
		this.key = key;
		this.arguments = arguments;
	}

	@Override
	public String messageKey() {
		return key;
	}

	@Override
	public Object[] messageArguments() {
		return arguments.clone();
	}
}
