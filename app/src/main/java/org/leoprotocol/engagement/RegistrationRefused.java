package org.leoprotocol.engagement;

import org.leoprotocol.shared.web.Explained;

/**
 * A registration the event cannot take (it has begun, the address is registered already). The message is English, for
 * the API; the key ({@code engagement.refused.*}) lets the public page say it in the visitor's language.
 */
class RegistrationRefused extends IllegalStateException implements Explained {

	private final String key;

	RegistrationRefused(String key, String reason) {
		super(reason);
		this.key = key;
	}

	@Override
	public String messageKey() {
		return key;
	}
}
