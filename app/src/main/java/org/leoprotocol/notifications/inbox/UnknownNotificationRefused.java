package org.leoprotocol.notifications.inbox;

import java.util.NoSuchElementException;
import java.util.UUID;

import org.leoprotocol.shared.web.Explained;

/** No notice of that id is in the reader's inbox: unknown, or someone else's (which the reader may not learn). */
public class UnknownNotificationRefused extends NoSuchElementException implements Explained {

	public UnknownNotificationRefused(UUID id) {
		super("No notification " + id + " in your inbox");
	}

	@Override
	public String messageKey() {
		return "notifications.refused.unknown";
	}
}
