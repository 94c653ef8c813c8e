package org.leoprotocol.notifications.webhook;

/**
 * A receiver as the courier needs it: where to post and the shared secret each post is signed with, and whether an
 * administrator has switched it off. Its text names only the address, so the secret never reaches a log.
 */
record WebhookTarget(String url, String secret, boolean enabled) {

	@Override
	public String toString() {
		return "WebhookTarget[" + url + "]";
	}
}
