package org.leoprotocol.transparency;

/** How officers appear in one {@link PolicyField} of the public officer pages. */
public enum PolicyMode {
	/** By name and badge number. */
	NAME,
	/**
	 * By a stable pseudonym: the same officer always gets the same code, so the public can follow a record over time
	 * without learning who it is; codes differ between fields so two fields cannot be joined.
	 */
	PSEUDONYM,
	/** Not at all: the field is not published per officer. */
	HIDDEN
}
