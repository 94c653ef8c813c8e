package org.leoprotocol.notifications.delivery;

/** Where a notice is delivered. */
public enum Channel {
	/** The staff member's inbox in Leo: delivered when the notice is committed. */
	INBOX,
	/** The staff member's mail address, over SMTP. */
	EMAIL,
	/** A department's paging or CAD system, as a signed JSON post. */
	WEBHOOK
}
