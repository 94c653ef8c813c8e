package org.leoprotocol.notifications;

import java.util.UUID;

/** Identifies one notice to one recipient, whatever the channels it is delivered on. */
public record NotificationId(UUID value) {
}
