package org.leoprotocol.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node killed (kill -9) while it holds work leaves rows claimed in its name that nobody completes, and its heartbeat
 * stops. These tests write such rows as a dead node would have left them and time how long this node takes to run them:
 * a claimed escalation of the step clocks (scheduled_tasks, heartbeats on the application's clock) and a claimed
 * cluster job (cluster_task, wall time). Both schedulers beat every second and declare a node dead after four missed
 * beats, so the work must run again within a few seconds, not the 30 minutes of db-scheduler's defaults. The step
 * clocks' scheduler reads the application's clock, which tests hold still; here it follows wall time, as in production
 * (db-scheduler revives a dead execution at wall-clock now).
 */
@LeoIntegrationTest
class DeadNodeTakeoverIntegrationTests {

	static final Duration PROMISED = Duration.ofSeconds(10);

	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;

	@Test
	void anEscalationClaimedByAKilledNodeIsRaisedByAnotherWithinSeconds() throws Exception {
		String instance = UUID.randomUUID() + "/DEAD_NODE_STEP/1";
		clock.resetToSystemTime();
		Instant now = clock.instant();
		jdbc.sql(
				"""
						insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by, last_heartbeat, version)
						values ('protocol-escalation', :instance, :due, true, 'killed-node', :beat, 1)
						""")
			.param("instance", instance).param("due", now.minusSeconds(6).atOffset(ZoneOffset.UTC))
			.param("beat", now.minusSeconds(1).atOffset(ZoneOffset.UTC)).update();
		Instant written = Instant.now();

		await(() -> {
			clock.resetToSystemTime();
			return jdbc.sql("select count(*) from scheduled_tasks where task_instance = :instance")
				.param("instance", instance)
				.query(Long.class).single() == 0;
		});

		Duration took = Duration.between(written, Instant.now());
		System.out.println("Escalation claimed by a killed node raised by this node after " + took.toMillis() + " ms");
		assertThat(took).isLessThan(PROMISED);
	}

	@Test
	void aClusterJobClaimedByAKilledNodeRunsAgainOnAnotherWithinSeconds() throws Exception {
		String job = "completed-event-cleanup";
		await(() -> jdbc.sql("select count(*) from cluster_task where task_name = :job and not picked")
			.param("job", job)
			.query(Long.class).single() == 1);
		long before = runs(job);
		jdbc.sql(
				"""
						update cluster_task set picked = true, picked_by = 'killed-node', last_heartbeat = now() - interval '1 second',
						       execution_time = now() - interval '6 seconds', version = version + 1
						where task_name = :job
						""")
			.param("job", job).update();
		Instant written = Instant.now();

		await(() -> runs(job) > before);

		Duration took = Duration.between(written, Instant.now());
		System.out.println("Cluster job claimed by a killed node run by this node after " + took.toMillis() + " ms");
		assertThat(took).isLessThan(PROMISED);
		assertThat(
				jdbc.sql("select node from cluster_job_run where job = :job order by id desc limit 1").param("job", job)
					.query(String.class).single())
			.isNotEqualTo("killed-node");
	}

	private long runs(String job) {
		return jdbc.sql("select count(*) from cluster_job_run where job = :job and finished_at is not null")
			.param("job", job)
			.query(Long.class).single();
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		Instant giveUp = Instant.now().plus(PROMISED.multipliedBy(3));
		while (!condition.getAsBoolean() && Instant.now().isBefore(giveUp)) {
			Thread.sleep(100);
		}
	}
}
