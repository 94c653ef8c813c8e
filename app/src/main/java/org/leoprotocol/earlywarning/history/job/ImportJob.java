package org.leoprotocol.earlywarning.history.job;

import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * One history import as any node reads it from the database: how far through its files it is, the last progress line,
 * and, once done, the report (with the first {@value RejectedRows#LISTED} rejected rows; all of them download as CSV).
 * The progress line and why a job stopped are sentences, said in the language of whoever looks. A job whose node
 * stopped before it finished reads as {@link ImportState#FAILED}, its failure saying so.
 *
 * @param size the bytes of all its files together
 * @param bytesRead how many of them the import has read, as last written by the node running it
 * @param report null until the job is done; in {@link ImportJobs#recent()} without its rejected rows
 * @param failure null unless the job failed
 */
public record ImportJob(UUID id, String mapping, String fileName, long size, String startedBy, Instant startedAt,
		ImportState state, long bytesRead, Sentence lastProgress, HistoryImportReport report, Sentence failure) {

	/** How much of the files has been read, 0 to 100 (99 at most until the job is over). */
	public int percent() {
		return state == ImportState.RUNNING ? (int) Math.min(99, size == 0 ? 0 : bytesRead * 100 / size) : 100;
	}
}
