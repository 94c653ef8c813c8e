package org.leoprotocol.transparency.web;

/**
 * The last rebuild of the read models as the staff page shows it: running or not, the key of the words for its step
 * ({@code transparency.rebuild.step.<STEP>}), the events replayed, when it started and finished (empty when not yet),
 * why it failed (empty when it did not), whether its node stopped before it ended, and where to poll.
 */
public record RebuildView(boolean running, String step, long replayed, String startedAt, String finishedAt,
		String failure, boolean interrupted, String progressUrl) {

	public boolean everRun() {
		return !startedAt.isEmpty();
	}
}
