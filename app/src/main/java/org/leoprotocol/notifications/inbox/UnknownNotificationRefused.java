package org.leoprotocol.notifications.inbox;

import java.util.UUID;

import org.leoprotocol.shared.UnknownRecord;

/** No notice of that id is in the reader's inbox: unknown, or someone else's (which the reader may not learn). */
public class UnknownNotificationRefused extends UnknownRecord {

	private static final long serialVersionUID = 1L;

	public UnknownNotificationRefused(UUID id) {
		super("notifications.refused.unknown", id);
	}
}
