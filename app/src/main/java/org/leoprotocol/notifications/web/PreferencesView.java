package org.leoprotocol.notifications.web;

import java.util.List;

/**
 * A staff member's channels per kind of notice; {@code email} is the address mails go to, or null when the account has
 * none.
 */
public record PreferencesView(List<Row> rows, String email, String language, boolean saved) {

	/** One kind of notice and whether it is mailed and paged. */
	public record Row(String kind, boolean email, boolean webhook) {
	}
}
