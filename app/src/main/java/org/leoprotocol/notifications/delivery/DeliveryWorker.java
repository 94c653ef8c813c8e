package org.leoprotocol.notifications.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * lease, carries them in parallel and records each outcome. It is woken the moment a notice is committed on this
 * node and otherwise polls every {@code polling-interval} (in wall time; due times come from Leo's clock). A node
 * that dies holding a lease loses nothing: when the lease runs out, any node claims the delivery again.
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
	private Thread poller;
	private ExecutorService carriers;

	@Autowired
	DeliveryWorker(Deliveries deliveries, DeliveryOutcomes outcomes, List<Courier> couriers, Wakeup wakeup, Clock clock,
			@Value("${leo.notifications.worker.polling-interval:PT0.5S}") Duration pollingInterval,
			@Value("${leo.notifications.worker.lease:PT15S}") Duration lease,
			@Value("${leo.notifications.worker.threads:4}") int threads) {
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
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		AtomicInteger count = new AtomicInteger();
		carriers = Executors.newFixedThreadPool(settings.threads(), task -> daemon(task, "notification-courier-" + count.incrementAndGet()));
		poller = daemon(this::poll, "notification-worker");
		poller.start();
	}

	@PreDestroy
	synchronized void stop() throws InterruptedException {
		if (!running) {
			return;
		}
		running = false;
		wakeup.signal();
		poller.join(5_000);
		carriers.shutdown();
		carriers.awaitTermination(5, TimeUnit.SECONDS);
	}

	/** Claims what is due and delivers it; returns how many deliveries were claimed. */
	int runOnce() throws InterruptedException {
		List<DueDelivery> due = deliveries.claim(node, clock.instant(), settings.lease(), settings.threads());
		List<Callable<Void>> work = due.stream().<Callable<Void>>map(delivery -> () -> {
			deliver(delivery);
			return null;
		}).toList();
		if (carriers == null) {
			for (Callable<Void> one : work) {
				run(one);
			}
		}
		else {
			carriers.invokeAll(work);
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

	private static void run(Callable<Void> one) {
		try {
			one.call();
		}
		catch (Exception failure) {
			LOG.warn("Notification delivery could not be recorded: {}", failure.getMessage());
		}
	}

	static String reason(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? "" : ": " + root.getMessage();
		return (root == failure ? "" : failure.getClass().getSimpleName() + " / ") + root.getClass().getSimpleName() + message;
	}

	/** How often to poll, how long a claim holds, and how many deliveries to carry at once. */
	record WorkerSettings(Duration pollingInterval, Duration lease, int threads) {
	}
}
