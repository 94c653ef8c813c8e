package org.leoprotocol.notifications.inbox;

import org.leoprotocol.notifications.NotificationId;

/**
 * A notice as the inbox holds it after a call to record it: its id, and whether this call stored it or found it stored
 * already for the same cause and addressee (a notice is recorded once however often its cause is reported).
 */
public record RecordedNotice(NotificationId id, boolean isNew) {
}
