package org.leoprotocol.protocol.clock;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import org.springframework.context.ApplicationContext;

/**
 * One more step-clock scheduler node in a running application's process: it polls the same database for due deadlines
 * and raises their escalations exactly as a second Leo node would, without a second web server. The escalation load
 * benchmark runs such nodes beside the application's own, through this one type the clock publishes.
 */
@org.springframework.modulith.NamedInterface("clock")
public final class StepClockNode {

	private StepClockNode() {
	}

	/**
	 * Starts a node named {@code name} that polls every {@code interval} with {@code threads} threads, configured like
	 * the application's own scheduler (lock-and-fetch, heartbeats); the caller stops it.
	 */
	@SuppressWarnings("unchecked") // the application's one OneTimeTask bean is the escalation task, OneTimeTask<Void>
	public static Scheduler start(ApplicationContext leo, Duration interval, int threads, String name) {
		Scheduler node = StepClockScheduling.build(leo.getBean(DataSource.class), leo.getBean(OneTimeTask.class),
				leo.getBean(Clock.class), interval, threads, name);
		node.start();
		return node;
	}
}
