package org.leoprotocol.earlywarning.history.job;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leoprotocol.earlywarning.HistoryImport;
import org.leoprotocol.earlywarning.history.ExportFile;
import org.leoprotocol.earlywarning.history.HistoryMapping;
import org.leoprotocol.shared.ClusterLock;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs history imports started from the admin page in the background, so that a 100 MB agency file does not hold a
 * browser request open: the page polls the job for its progress instead. The administrator's identity goes with the
 * job, so the audit trail names who imported. Nodes are identical: every job, its progress, its report and its rejected
 * rows are kept in the database, so any node behind the load balancer shows them; only the uploaded files stay on the
 * disk of the node that received them, while that node runs the import, and are deleted when it ends. That node beats
 * the job's heartbeat while it holds the job; a job whose heartbeat stopped for {@link ImportJobRecords#SILENT}
 * belonged to a node that stopped, and reads as failed, asking the administrator to start the import again (its
 * transaction died with the node, so nothing of it was stored). The {@value #KEPT} most recent jobs of the whole
 * cluster are listed and kept: starting a job deletes the older finished ones with their rejected rows. Imports run one
 * after another in the whole cluster: each holds a {@link ClusterLock} while it runs, and one started on a second node
 * waits.
 */
@Component
public class ImportJobs implements DisposableBean {

	public static final int KEPT = 20;
	static final String LOCK = "earlywarning-history-import";
	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final HistoryImport historyImport;
	private final Clock clock;
	private final ClusterLock lock;
	private final ImportJobRecords records;
	private final RejectedRows rows;
	private final TransactionTemplate own;
	private final String node = nodeName();
	/** The jobs this node runs or holds until the one before is done: processing, not state. */
	private final Set<UUID> held = ConcurrentHashMap.newKeySet();
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "history-import");
		thread.setDaemon(true);
		return thread;
	});

	ImportJobs(HistoryImport historyImport, Clock clock, ClusterLock lock, ImportJobRecords records,
			RejectedRows rows, PlatformTransactionManager transactions) {
		this.historyImport = historyImport;
		this.lock = lock;
		this.clock = clock;
		this.records = records;
		this.rows = rows;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Starts importing the uploaded files (which this job now owns and deletes when done) with the mapping;
	 * {@code names} are the files' own names, by which the mapping tells an export's files apart.
	 */
	public UUID start(HistoryMapping mapping, List<Path> files, List<String> names, String startedBy)
			throws IOException {
		long size = 0;
		for (Path file : files) {
			size += Files.size(file);
		}
		UUID id = UUID.randomUUID();
		records.start(id, mapping.name(), String.join(", ", names), size, startedBy, clock.instant(), node);
		held.add(id);
		records.forgetOlderThan(KEPT);
		worker.execute(DelegatingSecurityContextRunnable.create(() -> run(id, mapping, files, names),
				SecurityContextHolder.getContext()));
		return id;
	}

	/** The job, wherever in the cluster it runs or ran; with the first rejected rows in its report. */
	public Optional<ImportJob> job(UUID id) {
		records.interruptSilent();
		return records.find(id);
	}

	/** The cluster's {@value #KEPT} most recent jobs, newest first (their reports list no rejected rows). */
	public List<ImportJob> recent() {
		records.interruptSilent();
		return records.recent(KEPT);
	}

	/**
	 * Writes the job's rejected rows as CSV ({@code row,problem}), in the order they were found, each problem in the
	 * words {@code words} gives its sentence and never run by a spreadsheet as a formula.
	 */
	public void writeProblems(UUID id, Writer out, Function<Sentence, String> words) throws IOException {
		rows.write(id, out, words);
	}

	/** This node is alive and still holds its jobs. */
	@Scheduled(fixedDelayString = "${leo.earlywarning.import-beat:PT15S}")
	void beat() {
		records.beat(held);
	}

	@SuppressWarnings("try") // the lock is held for the block and never read
	private void run(UUID id, HistoryMapping mapping, List<Path> files, List<String> names) {
		RunningImport job = new RunningImport(id, records, rows, own);
		try (ClusterLock.Held holding = lock.hold(LOCK)) {
			importNow(job, mapping, files, names);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("History import {} failed", id, ex);
			job.fail(Sentence.ofText("historyimport.job.failed", String.valueOf(ex.getMessage())));
		}
		finally {
			held.remove(id);
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

	private void importNow(RunningImport job, HistoryMapping mapping, List<Path> files, List<String> names)
			throws IOException {
		job.progress(Sentence.of("historyimport.progress.started"));
		long before = 0;
		List<ExportFile> export = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			long offset = before;
			export.add(ExportFile.of(names.get(i), () -> new Counting(Files.newInputStream(file), job, offset)));
			before += Files.size(file);
		}
		job.finish(historyImport.importExport(mapping, export, job::progress, job::problem));
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}

	private static String nodeName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException unknown) {
			return "unknown";
		}
	}

	/** Tells the job how many bytes of the files have been read. */
	private static final class Counting extends FilterInputStream {

		private final RunningImport job;
		private long count;

		Counting(InputStream in, RunningImport job, long offset) {
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
