package org.leoprotocol.transparency.rebuild;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.ClusterLock;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.transparency.PublicationPolicy;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the {@link ReadModelRebuild}, one at a time in the whole cluster (a {@link ClusterLock} held while it runs, so a
 * second node asked to rebuild shows the one running elsewhere), in the background for the staff page and the API, or
 * in the caller's thread for {@code ./leo rebuild-transparency}. Where the last rebuild is, its step and the events it
 * replayed, is kept in the database ({@link RebuildRecord}), so every node shows the same progress; a rebuild the
 * database says is running while no node holds its lock lost its node, and is read as {@link RebuildStep#INTERRUPTED}.
 * Each start is an audit record (component {@code transparency}, record {@code ReadModels/all}).
 */
@Component
public class RebuildJobs {

	private final ReadModelRebuild rebuild;
	private final RebuildRecord record;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final ClusterLock lock;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "transparency-rebuild");
		thread.setDaemon(true);
		return thread;
	});

	static final String LOCK = "transparency-rebuild";

	RebuildJobs(ReadModelRebuild rebuild, RebuildRecord record, AuditTrail audit,
			PlatformTransactionManager transactions, Clock clock, ClusterLock lock) {
		this.rebuild = rebuild;
		this.record = record;
		this.lock = lock;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Where the last rebuild is: its step, the events replayed, who started it, when it started and ended, why it
	 * failed. Before any rebuild ran the step and the times are null.
	 */
	public record Status(boolean running, RebuildStep step, long replayed, String startedBy, Instant startedAt,
			Instant finishedAt, String failure) {

		static final Status NEVER = new Status(false, null, 0, null, null, null, null);
	}

	/** The last rebuild as the whole cluster sees it. */
	public Status status() {
		Status last = record.last().orElse(Status.NEVER);
		if (!last.running()) {
			return last;
		}
		try (ClusterLock.Held free = lock.tryHold(LOCK).orElse(null)) {
			if (free == null) {
				return last;
			}
			record.end(RebuildStep.INTERRUPTED, null, null, clock.instant());
		}
		return record.last().orElse(Status.NEVER);
	}

	/** Starts a rebuild in the background unless one is running; the status either way. */
	@SuppressWarnings("try") // the lock is held for the block and never read
	public synchronized Status start(Actor actor) {
		var held = lock.tryHold(LOCK);
		if (held.isEmpty()) {
			return status();
		}
		try {
			begin(actor.username());
		}
		catch (RuntimeException failed) {
			held.get().close();
			throw failed;
		}
		worker.execute(() -> {
			try (var locked = held.get()) {
				runNow(line -> {
				});
			}
		});
		return status();
	}

	/** Runs a rebuild in this thread, reporting each step; false if one is running already. */
	boolean runHere(String startedBy, Consumer<String> out) {
		ClusterLock.Held held = lock.tryHold(LOCK).orElse(null);
		if (held == null) {
			out.accept("A rebuild is running; try again when it is done");
			return false;
		}
		try (held) {
			begin(startedBy);
			return runNow(out);
		}
	}

	private void begin(String startedBy) {
		transaction.executeWithoutResult(tx -> audit.access(AuditAction.UPDATE, PublicationPolicy.COMPONENT,
				RecordReference.of("ReadModels", "all"), Sentence.of("audit.detail.read-models.rebuild", startedBy)));
		record.begin(startedBy, clock.instant());
	}

	private boolean runNow(Consumer<String> out) {
		try {
			long replayed = rebuild.run((step, count) -> {
				record.progress(step, count, clock.instant());
				out.accept(step.words() + ": " + count + " events replayed");
			});
			record.end(RebuildStep.DONE, replayed, null, clock.instant());
			out.accept("done: " + replayed + " events replayed");
			return true;
		}
		catch (RuntimeException ex) {
			String failure = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			record.end(RebuildStep.FAILED, null, failure, clock.instant());
			out.accept("failed: " + failure);
			return false;
		}
	}
}
