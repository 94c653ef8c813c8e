package org.leoprotocol.notifications.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers queued notices on this node. Every node runs one: it claims up to {@code threads} due deliveries with a
 * lease, carries them in parallel and records each outcome. It is woken the moment a notice is committed on this node
 * and otherwise polls every {@code polling-interval} (in wall time; due times come from Leo's clock).
 *
 * <p>
 * A claim is a lease, renewed every third of its length while the delivery is being carried: a slow mail server on a
 * live node never lets another node send the same notice a second time, and a node that dies (or stalls longer than the
 * lease) loses nothing, because its leases stop being renewed and run out, after which any node claims the deliveries
 * again. The lease is therefore the longest a killed node's notices wait: a few seconds, for a lost child's escalation.
 */
@Component
class DeliveryWorker {

	private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

	private final Deliveries deliveries;
	private final DeliveryOutcomes outcomes;
	private final Map<Channel, Courier> couriers = new EnumMap<>(Channel.class);
	private final Wakeup wakeup;
	private final Clock clock;
	private final WorkerSettings settings;
	private final String node;
	private volatile boolean running;
	private final Set<UUID> carrying = ConcurrentHashMap.newKeySet();
	private final Semaphore freeCarriers;
	private Thread poller;
	private ExecutorService carriers;
	private ScheduledExecutorService renewals;
	private ScheduledFuture<?> renewing;

	@Autowired
	DeliveryWorker(Deliveries deliveries, DeliveryOutcomes outcomes, List<Courier> couriers, Wakeup wakeup, Clock clock,
			@Value("${leo.notifications.worker.polling-interval:PT0.5S}") Duration pollingInterval,
			@Value("${leo.notifications.worker.lease:PT5S}") Duration lease,
			@Value("${leo.notifications.worker.threads:8}") int threads) {
		this(deliveries, outcomes, couriers, wakeup, clock, new WorkerSettings(pollingInterval, lease, threads),
				"leo-" + UUID.randomUUID());
	}

	DeliveryWorker(Deliveries deliveries, DeliveryOutcomes outcomes, List<Courier> couriers, Wakeup wakeup, Clock clock,
			WorkerSettings settings, String node) {
		this.deliveries = deliveries;
		this.outcomes = outcomes;
		couriers.forEach(courier -> this.couriers.put(courier.channel(), courier));
		this.wakeup = wakeup;
		this.clock = clock;
		this.settings = settings;
		this.node = node;
		this.freeCarriers = new Semaphore(settings.threads());
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		AtomicInteger count = new AtomicInteger();
		carriers = Executors.newFixedThreadPool(settings.threads(),
				task -> daemon(task, "notification-courier-" + count.incrementAndGet()));
		poller = daemon(this::poll, "notification-worker");
		poller.start();
		long every = Math.max(100, settings.lease().toMillis() / 3);
		renewals = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "notification-lease"));
		renewing = renewals.scheduleWithFixedDelay(this::renewLeases, every, every, TimeUnit.MILLISECONDS);
	}

	/** Extends the leases of the deliveries this node is carrying. */
	void renewLeases() {
		try {
			deliveries.renew(node, Set.copyOf(carrying), clock.instant().plus(settings.lease()));
		}
		catch (RuntimeException failure) {
			LOG.warn("Notification worker could not renew its leases: {}", failure.getMessage());
		}
	}

	@PreDestroy
	synchronized void stop() throws InterruptedException {
		if (!running) {
			return;
		}
		running = false;
		wakeup.signal();
		poller.join(5_000);
		renewing.cancel(false);
		renewals.shutdownNow();
		carriers.shutdown();
		carriers.awaitTermination(5, TimeUnit.SECONDS);
	}

	/**
	 * Claims what is due, as many as there are free carriers, and hands each to a carrier; returns how many were
	 * claimed. Carriers work on while the next deliveries are claimed, so one slow mail does not hold up the others.
	 * Without started carriers (tests standing up a node by hand) the deliveries are carried before it returns.
	 */
	int runOnce() throws InterruptedException {
		if (carriers == null) {
			List<DueDelivery> due = deliveries.claim(node, clock.instant(), settings.lease(), settings.threads());
			due.forEach(this::deliverQuietly);
			return due.size();
		}
		int free = freeCarriers.availablePermits();
		if (free == 0) {
			return 0;
		}
		List<DueDelivery> due = deliveries.claim(node, clock.instant(), settings.lease(), free);
		for (DueDelivery delivery : due) {
			freeCarriers.acquire();
			carriers.execute(() -> {
				try {
					deliverQuietly(delivery);
				}
				finally {
					freeCarriers.release();
					wakeup.signal();
				}
			});
		}
		return due.size();
	}

	private void poll() {
		while (running) {
			try {
				if (runOnce() == 0) {
					wakeup.await(settings.pollingInterval());
				}
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException failure) {
				LOG.warn("Notification worker could not claim deliveries: {}", failure.getMessage());
				sleepQuietly();
			}
		}
	}

	private void sleepQuietly() {
		try {
			wakeup.await(settings.pollingInterval());
		}
		catch (InterruptedException stopped) {
			Thread.currentThread().interrupt();
		}
	}

	private void deliver(DueDelivery delivery) {
		carrying.add(delivery.id());
		try {
			carry(delivery);
		}
		finally {
			carrying.remove(delivery.id());
		}
	}

	private void carry(DueDelivery delivery) {
		Courier courier = couriers.get(delivery.channel());
		try {
			if (courier == null) {
				throw new IllegalStateException("no courier for " + delivery.channel());
			}
			courier.deliver(delivery);
		}
		catch (Exception failure) {
			outcomes.failed(delivery, node, reason(failure));
			return;
		}
		outcomes.delivered(delivery, node);
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	/** Carries one delivery; a failure to record its outcome is logged, and the lease lets another node try again. */
	private void deliverQuietly(DueDelivery delivery) {
		try {
			deliver(delivery);
		}
		catch (RuntimeException failure) {
			LOG.warn("Notification delivery could not be recorded: {}", failure.getMessage());
		}
	}

	static String reason(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? "" : ": " + root.getMessage();
		return (root == failure ? "" : failure.getClass().getSimpleName() + " / ") + root.getClass().getSimpleName()
				+ message;
	}
}
