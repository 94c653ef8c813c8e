package org.leoprotocol.engagement;

import org.leoprotocol.shared.WrongState;

/**
 * A registration the event cannot take, or a cancellation it cannot take, now (it has begun, the address is registered
 * already); the key ({@code engagement.refused.*}) says it in the visitor's language on the page and the client's in
 * the API.
 */
class RegistrationRefused extends WrongState {

	private static final long serialVersionUID = 1L;

	RegistrationRefused(String key, Object... arguments) {
		super(key, arguments);
	}
}
