package org.leoprotocol.protocol.timeline;

import org.leoprotocol.shared.InvalidInput;

/**
 * Leo refuses to record who did something, or to amend it, because the request lacks what it needs: a performer not
 * chosen, an officer who is not on the incident, an amendment without a reason or without a real change. A record whose
 * state forbids the change (an amendment approved already, or by the person who proposed it) is refused as a
 * {@code WrongState} instead.
 */
public class AttributionRefused extends InvalidInput {

	private static final long serialVersionUID = 1L;

	AttributionRefused(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
