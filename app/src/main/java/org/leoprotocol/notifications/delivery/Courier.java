package org.leoprotocol.notifications.delivery;

/**
 * Carries a claimed delivery over one channel. Returning normally means the channel accepted it (the mail server took
 * the message, the receiver answered 2xx); any exception is a failed attempt, retried with backoff.
 */
public interface Courier {

	Channel channel();

	void deliver(DueDelivery delivery) throws Exception;
}
