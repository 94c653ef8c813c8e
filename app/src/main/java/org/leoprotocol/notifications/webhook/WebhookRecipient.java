package org.leoprotocol.notifications.webhook;

import java.util.UUID;

/**
 * Who a notice posted to a receiver is for: the staff account's name and display name, and the officer on the roster
 * linked to it ({@code null} for civilian staff), so that a paging or rostering system can reach the same person.
 */
record WebhookRecipient(String username, String displayName, UUID officerId) {
}
