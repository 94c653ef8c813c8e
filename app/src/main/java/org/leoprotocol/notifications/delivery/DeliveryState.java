package org.leoprotocol.notifications.delivery;

/** Where a delivery stands. */
public enum DeliveryState {
	/** Waiting for its next attempt; a failed attempt that will be retried stays queued with its reason. */
	QUEUED,
	/** Accepted by the channel (stored in the inbox, accepted by the mail server, answered 2xx by the webhook). */
	DELIVERED,
	/** Given up: no account or address to deliver to, or every attempt failed; an administrator may retry it. */
	FAILED
}
