package org.leoprotocol.access.signin;

/** How far a staff member linked to an officer may sign in and act, by the officer's status. */
public enum SignIn {
	/** Signs in and acts as the account's roles allow. */
	FULL,
	/** Signs in and reads, but changes nothing: every request other than a read is refused. */
	READ_ONLY,
	/** Cannot sign in while the status lasts; the account is kept for a return to duty. */
	NONE,
	/** The account is disabled at once and stays disabled: an ended career does not sign in again. */
	DISABLED;

	public boolean allowed() {
		return this == FULL || this == READ_ONLY;
	}
}
