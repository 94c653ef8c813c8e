package org.leoprotocol.notifications.delivery;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes this node's worker the moment a transaction that queued deliveries commits, so a notice leaves within
 * milliseconds; other nodes find it at their next poll. Waits are in wall time, whatever Leo's clock says.
 */
@Component
class Wakeup {

	private final Semaphore signals = new Semaphore(0);

	/** Wakes the worker after the current transaction commits, or now when there is none. */
	void afterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			signal();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				signal();
			}
		});
	}

	void signal() {
		signals.release();
	}

	/** Waits until signalled or the interval has passed; forgets signals that piled up meanwhile. */
	void await(Duration interval) throws InterruptedException {
		signals.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
		signals.drainPermits();
	}
}
