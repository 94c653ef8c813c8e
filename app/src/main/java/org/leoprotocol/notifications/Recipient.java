package org.leoprotocol.notifications;

import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;

/** Who a notice is for: an officer of the roster (reached through the staff account linked to them) or an account. */
public sealed interface Recipient {

	/** An officer; delivery fails visibly, with the reason "no account", when no staff account is linked to them. */
	record Officer(OfficerId id) implements Recipient {
	}

	/** A staff account, sworn or civilian. */
	record Account(UUID accountId) implements Recipient {
	}
}
