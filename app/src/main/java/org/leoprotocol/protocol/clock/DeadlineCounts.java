package org.leoprotocol.protocol.clock;

/**
 * The scheduler's deadlines counted: waiting, overdue and unclaimed (no node is polling, or all are stuck), and
 * failing; the scheduler is healthy when none is overdue or failing.
 */
record DeadlineCounts(long waiting, long overdue, long failing) {

	boolean healthy() {
		return overdue == 0 && failing == 0;
	}
}
