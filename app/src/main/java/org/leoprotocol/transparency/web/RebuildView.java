package org.leoprotocol.transparency.web;

/**
 * The last rebuild of the read models as the staff page shows it: running or not, its step, the events replayed, when
 * it started and finished (empty when not yet), why it failed (empty when it did not), and where to poll.
 */
public record RebuildView(boolean running, String step, long replayed, String startedAt, String finishedAt,
		String failure,
		String progressUrl) {

	public boolean everRun() {
		return !startedAt.isEmpty();
	}
}
