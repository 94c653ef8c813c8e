package org.leoprotocol.evidence.custody;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.CustodyEvent;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.EvidenceProperties;

/**
 * Makes custody events durable in batches: whoever appends waits while one writer takes everything queued (up to the
 * batch size), numbers it, inserts it and commits once. One fsync then covers the whole batch, which is what lifts
 * durable appends from a few thousand a second one by one (an fsync takes about 0.2 ms) to many times that
 * ({@code DurableAppendBenchmark} in bench/ measures it). Nobody is told their event is recorded before the commit that
 * holds it.
 */
@Component
public class GroupCommit implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
	private static final long WAIT_SECONDS = 30;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
	private final CustodyEvents events;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final int batchSize;
	private volatile Thread writer;

	public GroupCommit(CustodyEvents events, TransactionTemplate transaction, Clock clock,
			EvidenceProperties properties) {
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
		this.batchSize = properties.batchSize();
	}

	/** Appends and returns once the event is committed; fails closed if it cannot be (CJIS 5.4.2). */
	public CustodyEvent append(EvidenceId evidence, CustodyAction action, String actor, String detail) {
		Pending pending = new Pending(evidence, action, actor, detail, new CompletableFuture<>());
		if (writer == null) {
			throw new IllegalStateException("The custody ledger is not accepting events (Leo is starting or stopping)");
		}
		queue.add(pending);
		try {
			return pending.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while recording a custody event", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The custody event could not be recorded, so the action was not done", ex);
		}
	}

	private void run() {
		List<Pending> batch = new ArrayList<>(batchSize);
		while (writer != null || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, batchSize - 1);
				write(batch);
			}
			catch (InterruptedException ex) {
				writer = null;
			}
			finally {
				batch.clear();
			}
		}
	}

	private void write(List<Pending> batch) {
		try {
			List<CustodyEvent> written = transaction.execute(status -> {
				long position = events.lockAndNextPosition();
				Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
				List<CustodyEvent> numbered = new ArrayList<>(batch.size());
				for (Pending p : batch) {
					numbered.add(new CustodyEvent(position++, UUID.randomUUID(), now, p.evidence(), p.action(),
							p.actor(), p.detail()));
				}
				events.insert(numbered);
				return numbered;
			});
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).done().complete(written.get(i));
			}
		}
		catch (RuntimeException ex) {
			log.error("Could not record {} custody events", batch.size(), ex);
			batch.forEach(p -> p.done().completeExceptionally(ex));
		}
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::run, "custody-ledger-writer");
		thread.setDaemon(true);
		writer = thread;
		thread.start();
	}

	@Override
	public void stop() {
		writer = null;
	}

	@Override
	public boolean isRunning() {
		return writer != null;
	}

	/**
	 * Never paused: a paused writer would refuse the custody events of work that still runs while the context is paused
	 * (the audit chain's sealing, a scheduler's job), and the module's event would stay unprocessed.
	 */
	@Override
	public boolean isPauseable() {
		return false;
	}

	private record Pending(EvidenceId evidence, CustodyAction action, String actor, String detail,
			CompletableFuture<CustodyEvent> done) {
	}
}
