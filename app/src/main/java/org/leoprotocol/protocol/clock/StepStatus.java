package org.leoprotocol.protocol.clock;

/** Where a step's clock stands. A step done after its deadline is DONE, and its clock shows by how much it was late. */
public enum StepStatus {
	/** Not done yet; the deadline (if its anchor has happened) has not been reached or not yet been handled. */
	OPEN,
	/** Done, by whom and when recorded. */
	DONE,
	/** The deadline passed with the step undone; escalations are running. */
	LATE
}
