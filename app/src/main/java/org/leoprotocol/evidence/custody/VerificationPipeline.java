package org.leoprotocol.evidence.custody;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.leoprotocol.evidence.custody.CustodyEvents.Stored;

/**
 * Reading and checking overlap: this thread only reads rows from the database, while one worker hashes each batch and
 * checks it against the tree, strictly in ledger order. At most a few batches wait in between.
 */
final class VerificationPipeline {

	private static final int BATCH = 8192;
	private static final int WAITING = 4;

	private final Consumer<List<HashedEvent>> inOrder;
	private final Semaphore room = new Semaphore(WAITING);
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "ledger-verification");
		thread.setDaemon(true);
		return thread;
	});
	private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

	VerificationPipeline(Consumer<List<HashedEvent>> inOrder) {
		this.inOrder = inOrder;
	}

	/** Hands every stored event, in batches and in ledger order, to the check, and waits for the last batch. */
	void run(Stream<Stored> stored) {
		try {
			List<Stored> batch = new ArrayList<>(BATCH);
			for (var rows = stored.iterator(); rows.hasNext();) {
				batch.add(rows.next());
				if (batch.size() == BATCH) {
					hand(batch);
					batch = new ArrayList<>(BATCH);
				}
			}
			hand(batch);
			tail.join();
		}
		finally {
			worker.shutdownNow();
		}
	}

	private void hand(List<Stored> batch) {
		room.acquireUninterruptibly();
		tail = tail.thenRunAsync(() -> {
			try {
				inOrder.accept(batch.stream().map(s -> new HashedEvent(s, s.event().leafHash())).toList());
			}
			finally {
				room.release();
			}
		}, worker);
	}
}
