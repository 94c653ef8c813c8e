package org.leoprotocol.notifications.inbox;

import org.leoprotocol.shared.web.Explained;

/** A notice was addressed to an account or officer Leo does not know. */
public class RecipientRefused extends IllegalArgumentException implements Explained {

	private final String recipient;

	public RecipientRefused(String recipient) {
		super("No staff account or officer " + recipient + " to notify");
		this.recipient = recipient;
	}

	@Override
	public String messageKey() {
		return "notifications.refused.recipient";
	}

	@Override
	public Object[] messageArguments() {
		return new Object[] { recipient };
	}
}
