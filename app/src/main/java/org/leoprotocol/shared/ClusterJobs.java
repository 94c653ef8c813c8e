package org.leoprotocol.shared;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link ClusterJob} once per cluster: each is a recurring db-scheduler task in the {@code cluster_task}
 * table, which every node polls; the node that claims a due run (an optimistic update of its row) runs it, the others
 * skip it. The claiming node beats every {@value #HEARTBEAT_SECONDS} s while it works; a node silent for
 * {@value #MISSED_HEARTBEATS} beats is dead and another node runs its job again, so a job survives its node being
 * killed (the same choice as the step clocks' scheduler: four one-second beats is the least db-scheduler accepts). Runs
 * follow wall time, not the application's clock, which tests move. Each run is logged in {@code cluster_job_run} with
 * its node. A command-line run ({@code ./leo verify-ledger} and the like) runs no cluster jobs
 * ({@code leo.cluster.jobs=false}).
 */
@Component
class ClusterJobs {

	static final String TABLE = "cluster_task";
	static final int HEARTBEAT_SECONDS = 1;
	static final int MISSED_HEARTBEATS = 4;

	private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

	private final Scheduler scheduler;
	private final JdbcClient jdbc;
	private final String node;
	private final boolean enabled;

	ClusterJobs(DataSource dataSource, JdbcClient jdbc, List<ClusterJob> jobs,
			@Value("${leo.cluster.polling-interval:PT1S}") Duration pollingInterval,
			@Value("${leo.cluster.threads:2}") int threads, @Value("${leo.cluster.jobs:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.enabled = enabled;
		this.node = nodeName();
		List<RecurringTask<Void>> tasks = jobs.stream().map(this::task).toList();
		this.scheduler = Scheduler.create(dataSource)
			.tableName(TABLE)
			.startTasks(tasks)
			.pollingInterval(pollingInterval)
			.threads(threads)
			.schedulerName(new SchedulerName.Fixed(node))
			.heartbeatInterval(Duration.ofSeconds(HEARTBEAT_SECONDS))
			.missedHeartbeatsLimit(MISSED_HEARTBEATS)
			.shutdownMaxWait(Duration.ofSeconds(5))
			.build();
	}

	private RecurringTask<Void> task(ClusterJob job) {
		return Tasks.recurring(job.name(), schedule(job.schedule())).execute((instance, context) -> {
			Instant scheduledFor = context.getExecution().executionTime;
			Long run = jdbc.sql(
					"insert into cluster_job_run (job, scheduled_for, node, started_at) values (:job, :for, :node, now())"
							+ " returning id")
				.param("job", job.name()).param("for", scheduledFor.atOffset(ZoneOffset.UTC))
				.param("node", node).query(Long.class).single();
			String outcome = "done";
			try {
				job.work().run();
			}
			catch (RuntimeException failed) {
				outcome = "failed: " + failed;
				log.error("Cluster job {} failed; it runs again at its next time", job.name(), failed);
			}
			finally {
				jdbc.sql("update cluster_job_run set finished_at = now(), outcome = :outcome where id = :id")
					.param("outcome", outcome.length() > 500 ? outcome.substring(0, 500) : outcome).param("id", run)
					.update();
			}
		});
	}

	static Schedule schedule(String text) {
		return text.startsWith("P") ? Schedules.fixedDelay(Duration.parse(text)) : Schedules.cron(text, ZoneOffset.UTC);
	}

	/** This node's name in the scheduler's rows and the run log: its host and a random suffix. */
	String node() {
		return node;
	}

	private static String nodeName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException unknown) {
			host = "node";
		}
		return host + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Polls once the application is ready, stops before the pool closes. */
	@org.springframework.context.annotation.Bean
	SchedulerLifecycle clusterJobsLifecycle() {
		return new SchedulerLifecycle(scheduler, enabled);
	}
}
