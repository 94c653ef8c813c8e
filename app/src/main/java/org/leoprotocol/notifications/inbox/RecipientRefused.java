package org.leoprotocol.notifications.inbox;

import org.leoprotocol.shared.InvalidInput;

/** A notice was addressed to an account or officer Leo does not know. */
public class RecipientRefused extends InvalidInput {

	private static final long serialVersionUID = 1L;

	public RecipientRefused(String key, Object recipient) {
		super(key, recipient);
	}
}
