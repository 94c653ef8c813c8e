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
 * second node asked to rebuild says one is running elsewhere), in the background for the staff page and the API, or in
 * the caller's thread for {@code ./leo rebuild-transparency}; remembers the last run's progress. Each start is an audit
 * record (component {@code transparency}, record {@code ReadModels/all}).
 */
@Component
public class RebuildJobs {

	private final ReadModelRebuild rebuild;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final ClusterLock lock;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "transparency-rebuild");
		thread.setDaemon(true);
		return thread;
	});
	private volatile Status status = new Status(false, "", 0, null, null, null, null);

	static final String LOCK = "transparency-rebuild";

	RebuildJobs(ReadModelRebuild rebuild, AuditTrail audit, PlatformTransactionManager transactions, Clock clock,
			ClusterLock lock) {
		this.rebuild = rebuild;
		this.lock = lock;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Where the last rebuild is: its step, the events replayed, when it started and ended, why it failed. */
	public record Status(boolean running, String step, long replayed, String startedBy, Instant startedAt,
			Instant finishedAt,
			String failure) {
	}

	public Status status() {
		return status;
	}

	/** Starts a rebuild in the background unless one is running; the status either way. */
	@SuppressWarnings("try") // the lock is held for the block and never read
	public synchronized Status start(Actor actor) {
		String startedBy = actor.username();
		if (!status.running()) {
			var held = lock.tryHold(LOCK);
			if (held.isEmpty()) {
				return elsewhere(startedBy);
			}
			begin(startedBy);
			worker.execute(() -> {
				try (var locked = held.get()) {
					runNow(line -> {
					});
				}
			});
		}
		return status;
	}

	private Status elsewhere(String startedBy) {
		return new Status(true, "running on another node", 0, startedBy, clock.instant(), null, null);
	}

	/** Runs a rebuild in this thread, reporting each step; false if one is running already. */
	boolean runHere(String startedBy, Consumer<String> out) {
		ClusterLock.Held held;
		synchronized (this) {
			if (status.running()) {
				return false;
			}
			held = lock.tryHold(LOCK).orElse(null);
			if (held == null) {
				out.accept("A rebuild is running on another node; try again when it is done");
				return false;
			}
			begin(startedBy);
		}
		try (held) {
			runNow(out);
		}
		return status.failure() == null;
	}

	private void begin(String startedBy) {
		transaction.executeWithoutResult(tx -> audit.access(AuditAction.UPDATE, PublicationPolicy.COMPONENT,
				RecordReference.of("ReadModels", "all"), Sentence.of("audit.detail.read-models.rebuild", startedBy)));
		status = new Status(true, "starting", 0, startedBy, clock.instant(), null, null);
	}

	private void runNow(Consumer<String> out) {
		Status started = status;
		try {
			long replayed = rebuild.run((step, count) -> {
				status = new Status(true, step, count, started.startedBy(), started.startedAt(), null, null);
				out.accept(step + ": " + count + " events replayed");
			});
			status = new Status(false, "done", replayed, started.startedBy(), started.startedAt(), clock.instant(),
					null);
			out.accept("done: " + replayed + " events replayed");
		}
		catch (RuntimeException ex) {
			status = new Status(false, "failed", status.replayed(), started.startedBy(), started.startedAt(),
					clock.instant(),
					ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
			out.accept("failed: " + status.failure());
		}
	}
}
