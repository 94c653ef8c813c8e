package org.leoprotocol.protocol.clock;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.Waiter;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.leoprotocol.protocol.escalation.AcknowledgementDeadline;
import org.leoprotocol.protocol.escalation.EscalationDelivery;
import org.leoprotocol.protocol.escalation.EscalationKey;
import org.leoprotocol.protocol.escalation.EscalationRaiser;
import org.leoprotocol.shared.SchedulerLifecycle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The persistent, cluster-safe scheduler behind the step clocks: db-scheduler polling the {@code scheduled_tasks} table
 * (created by Flyway). Deadlines are rows, not timers, so they survive restarts; every node polls and claims due rows
 * with optimistic locking, so one node handles each. Scheduling joins the caller's transaction (the data source is
 * transaction-aware), so a deadline exists exactly when the change that started its clock committed. The scheduler
 * reads time from Leo's {@link Clock}, which lets tests move it.
 */
@Configuration(proxyBeanMethods = false)
public class StepClockScheduling {

	public static final String ESCALATION_TASK = "protocol-escalation";

	/**
	 * How often a node says it is still working on the deadlines it claimed, and how many silent beats make it dead.
	 * db-scheduler's defaults (5 minutes, 6 beats) leave a deadline that a crashed node had claimed waiting half an
	 * hour; a lost child's escalation cannot wait that long, so a node that misses four one-second beats (the least
	 * db-scheduler accepts) is declared dead and the others take over its claimed deadlines within about six seconds.
	 */
	static final Duration HEARTBEAT = Duration.ofSeconds(1);
	static final int MISSED_HEARTBEATS = 4;

	/**
	 * Each node locks the due deadlines it will run with {@code SELECT ... FOR UPDATE SKIP LOCKED} (db-scheduler's
	 * lock-and-fetch), so nodes never race for the same row, and holds at most twice as many as it has threads: a
	 * killed node strands few deadlines until it is declared dead. It fetches again when fewer than one per thread
	 * remain queued.
	 */
	static final double LOCK_AT_FEWER_THAN = 1.0;
	static final double LOCK_AT_MOST = 2.0;

	@Bean
	OneTimeTask<Void> escalationTask(EscalationRaiser raiser) {
		return Tasks.oneTime(ESCALATION_TASK)
			.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(2)))
			.execute((instance, context) -> raiser.raise(EscalationKey.parse(instance.getId())));
	}

	@Bean
	AcknowledgementDeadline acknowledgementDeadline(EscalationDelivery delivery) {
		return new AcknowledgementDeadline(Tasks.oneTime(AcknowledgementDeadline.TASK)
			.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(2)))
			.execute((instance, context) -> delivery.passOn(AcknowledgementDeadline.key(instance.getId()),
					AcknowledgementDeadline.round(instance.getId()))));
	}

	@Bean
	Scheduler protocolScheduler(DataSource dataSource, OneTimeTask<Void> escalationTask,
			AcknowledgementDeadline acknowledgement, Clock clock,
			@Value("${leo.protocol.scheduler.polling-interval:PT1S}") Duration pollingInterval,
			@Value("${leo.protocol.scheduler.threads:4}") int threads) {
		return build(dataSource, List.of(escalationTask, acknowledgement.task()), clock, pollingInterval, threads,
				"leo-" + UUID.randomUUID());
	}

	/** Also used to stand up further nodes on the same database in tests and benchmarks. */
	public static Scheduler build(DataSource dataSource, OneTimeTask<Void> task, Clock clock, Duration pollingInterval,
			int threads,
			String name) {
		return build(dataSource, List.of(task), clock, pollingInterval, threads, name);
	}

	static Scheduler build(DataSource dataSource, List<Task<?>> tasks, Clock clock, Duration pollingInterval,
			int threads,
			String name) {
		return new WallTimePolling(new TransactionAwareDataSourceProxy(dataSource), tasks)
			.pollingInterval(pollingInterval)
			.threads(threads)
			.pollUsingLockAndFetch(LOCK_AT_FEWER_THAN, LOCK_AT_MOST)
			.clock(clock::instant)
			.schedulerName(new SchedulerName.Fixed(name))
			.heartbeatInterval(HEARTBEAT)
			.missedHeartbeatsLimit(MISSED_HEARTBEATS)
			.shutdownMaxWait(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * Decides what is due by Leo's clock but waits between polls in wall time: db-scheduler's own waiter would
	 * otherwise wait on Leo's clock, and a clock that tests hold still would stop the polling.
	 */
	static final class WallTimePolling extends SchedulerBuilder {

		WallTimePolling(DataSource dataSource, List<Task<?>> tasks) {
			super(dataSource, tasks);
		}

		@Override
		protected Waiter buildWaiter() {
			return new Waiter(poolingInterval);
		}
	}

	/** Starts polling once the application (and its migrations) are ready, stops before the pool closes. */
	@Bean
	SmartLifecycle protocolSchedulerLifecycle(Scheduler scheduler) {
		return new SchedulerLifecycle(scheduler, true);
	}
}
