package org.leoprotocol.notifications;

import java.util.List;

import org.springframework.stereotype.Service;

/** The one door through which every module tells staff what they must act on. */
@Service
public class NotificationDesk {

	/**
	 * Writes the notice to the outbox in the caller's transaction; idempotent per cause and recipient: sending the
	 * same cause to the same recipient again returns the first notification's id.
	 */
	public NotificationId send(Notice notice) {
		throw new UnsupportedOperationException("not yet built");
	}

	public List<NotificationId> sendAll(List<Notice> notices) {
		return notices.stream().map(this::send).toList();
	}
}
