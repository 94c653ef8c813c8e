package org.leoprotocol.earlywarning.history;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leoprotocol.earlywarning.HistoryImport;
import org.leoprotocol.shared.ClusterLock;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs history imports started from the admin page one after another on a background thread, so that a 100 MB agency
 * file does not hold a browser request open: the page polls the job for its progress instead. The administrator's
 * identity goes with the job, so the audit trail names who imported. Jobs live on the node that started them; the
 * {@value #KEPT} most recent are kept with their problem files. Imports run one after another in the whole cluster too:
 * each holds a {@link ClusterLock} while it runs, and one started on a second node waits.
 */
@Component
public class ImportJobs implements DisposableBean {

	static final int KEPT = 20;
	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final HistoryImport historyImport;
	static final String LOCK = "earlywarning-history-import";

	private final Clock clock;
	private final ClusterLock lock;
	private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "history-import");
		thread.setDaemon(true);
		return thread;
	});

	ImportJobs(HistoryImport historyImport, Clock clock, ClusterLock lock) {
		this.historyImport = historyImport;
		this.lock = lock;
		this.clock = clock;
	}

	/**
	 * Starts importing the uploaded files (which this job now owns and deletes when done) with the mapping;
	 * {@code names} are the files' own names, by which the mapping tells an export's files apart.
	 */
	ImportJob start(HistoryMapping mapping, List<Path> files, List<String> names, String startedBy) throws IOException {
		long size = 0;
		for (Path file : files) {
			size += Files.size(file);
		}
		ImportJob job = new ImportJob(UUID.randomUUID(), mapping.name(), String.join(", ", names), size, startedBy,
				clock.instant(),
				Files.createTempFile("leo-import-problems", ".csv"));
		jobs.put(job.id(), job);
		forgetOldJobs();
		worker.execute(DelegatingSecurityContextRunnable.create(() -> run(job, mapping, files, names),
				SecurityContextHolder.getContext()));
		return job;
	}

	Optional<ImportJob> job(UUID id) {
		return Optional.ofNullable(jobs.get(id));
	}

	/** This node's recent jobs, newest first. */
	public List<ImportJob> recent() {
		return jobs.values().stream().sorted(Comparator.comparing(ImportJob::startedAt).reversed()).toList();
	}

	@SuppressWarnings("try") // the lock is held for the block and never read
	private void run(ImportJob job, HistoryMapping mapping, List<Path> files, List<String> names) {
		try (ClusterLock.Held held = lock.hold(LOCK)) {
			importNow(job, mapping, files, names);
		}
	}

	private void importNow(ImportJob job, HistoryMapping mapping, List<Path> files, List<String> names) {
		job.progress(Sentence.of("historyimport.progress.started"));
		long[] before = { 0 };
		List<ExportFile> export = new java.util.ArrayList<>();
		try {
			for (int i = 0; i < files.size(); i++) {
				Path file = files.get(i);
				long offset = before[0];
				export.add(ExportFile.of(names.get(i), () -> new Counting(Files.newInputStream(file), job, offset)));
				before[0] += Files.size(file);
			}
			job.finish(historyImport.importExport(mapping, export, job::progress, job::problem));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("History import {} failed", job.id(), ex);
			job.fail(Sentence.ofText("historyimport.job.failed", String.valueOf(ex.getMessage())));
		}
		finally {
			for (Path file : files) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					log.warn("Could not delete the uploaded file {}", file, ex);
				}
			}
		}
	}

	private void forgetOldJobs() {
		recent().stream().skip(KEPT).filter(job -> job.state() != ImportState.RUNNING).forEach(job -> {
			jobs.remove(job.id());
			try {
				Files.deleteIfExists(job.problems());
			}
			catch (IOException ex) {
				log.warn("Could not delete {}", job.problems(), ex);
			}
		});
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}

	/** Tells the job how many bytes of the file have been read. */
	private static final class Counting extends FilterInputStream {

		private final ImportJob job;
		private long count;

		Counting(InputStream in, ImportJob job, long offset) {
			super(in);
			this.job = job;
			this.count = offset;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				job.read(++count);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
				job.read(count);
			}
			return n;
		}
	}
}
