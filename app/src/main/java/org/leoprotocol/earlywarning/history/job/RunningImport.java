package org.leoprotocol.earlywarning.history.job;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * A job as the node running it writes it down while the import reads: how many bytes are read and the last progress
 * line at most once every {@value #EVERY_MILLIS} ms (not per byte), and the rejected rows in batches of
 * {@value #BATCH}. Each write is a transaction of its own, outside the import's, so the other nodes see it at once and
 * it holds no lock the import's transaction waits for.
 */
final class RunningImport {

	static final int BATCH = 1000;

	static final long EVERY_MILLIS = 1000;

	private final UUID id;
	private final ImportJobRecords records;
	private final RejectedRows rows;
	private final TransactionTemplate own;
	private final List<HistoryImportReport.Problem> pending = new ArrayList<>();
	private long position;
	private long bytesRead;
	private Sentence lastProgress = Sentence.of("historyimport.progress.waiting");
	private long writtenAt = System.nanoTime() - EVERY_MILLIS * 2_000_000;

	RunningImport(UUID id, ImportJobRecords records, RejectedRows rows, TransactionTemplate own) {
		this.id = id;
		this.records = records;
		this.rows = rows;
		this.own = own;
	}

	UUID id() {
		return id;
	}

	void read(long bytes) {
		bytesRead = bytes;
		writeNowAndThen();
	}

	void progress(Sentence line) {
		lastProgress = line;
		writeNowAndThen();
	}

	void problem(HistoryImportReport.Problem problem) {
		pending.add(problem);
		if (pending.size() >= BATCH) {
			writeRejected();
		}
	}

	void finish(HistoryImportReport report) {
		writeRejected();
		own.executeWithoutResult(tx -> records.finish(id, bytesRead, lastProgress, report));
	}

	void fail(Sentence why) {
		writeRejected();
		own.executeWithoutResult(tx -> records.fail(id, lastProgress, why));
	}

	private void writeNowAndThen() {
		long now = System.nanoTime();
		if (now - writtenAt >= EVERY_MILLIS * 1_000_000) {
			writtenAt = now;
			own.executeWithoutResult(tx -> records.progress(id, bytesRead, lastProgress));
		}
	}

	private void writeRejected() {
		if (!pending.isEmpty()) {
			List<HistoryImportReport.Problem> batch = List.copyOf(pending);
			own.executeWithoutResult(tx -> rows.add(id, position, batch));
			position += batch.size();
			pending.clear();
		}
	}
}
