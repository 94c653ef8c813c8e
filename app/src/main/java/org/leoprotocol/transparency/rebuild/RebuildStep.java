package org.leoprotocol.transparency.rebuild;

/**
 * Where a rebuild of the read models is: the source it is replaying, in the order the events depend on each other
 * (receipts before closures, incidents before escalations), and how it ended. Said in the reader's language as
 * {@code transparency.rebuild.step.<STEP>}.
 */
public enum RebuildStep {
	STARTING,
	EMPTYING,
	COMPLAINTS,
	CASES_OPENED,
	CASES_CLOSED,
	INCIDENTS,
	ESCALATIONS,
	REUNIFICATIONS,
	COMMITTING,
	DONE,
	FAILED,
	/** The node running it stopped before it ended; the rebuild ran in one transaction and changed nothing. */
	INTERRUPTED;

	/** The step in lower-case words, as the command line prints it. */
	String words() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}
}
