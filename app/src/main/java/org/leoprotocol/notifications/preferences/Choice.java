package org.leoprotocol.notifications.preferences;

/** The channels besides the inbox a staff member wants one kind of notice on; by default mail only. */
public record Choice(boolean email, boolean webhook) {

	public static final Choice DEFAULT = new Choice(true, false);
}
