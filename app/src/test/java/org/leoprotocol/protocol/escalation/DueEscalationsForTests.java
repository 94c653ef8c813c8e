package org.leoprotocol.protocol.escalation;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.leoprotocol.protocol.clock.StepClockScheduling;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Raises an incident's due escalations in the test's own thread, as the scheduler's next poll would, so that a test in
 * the shared context does not wait for a scheduler that may have other tests' due work first. Raising is idempotent:
 * the scheduler's own run of the same deadline, before or after, finds the level raised and does nothing.
 */
public final class DueEscalationsForTests {

	private DueEscalationsForTests() {
	}

	/** Raises every escalation level of the incident whose time has come by Leo's clock; returns how many it raised. */
	public static int raise(ApplicationContext context, String incident) {
		EscalationRaiser raiser = context.getBean(EscalationRaiser.class);
		List<String> due = context.getBean(JdbcClient.class).sql("""
				select task_instance from scheduled_tasks
				where task_name = :task and task_instance like :prefix and execution_time <= :now
				order by execution_time
				""").param("task", StepClockScheduling.ESCALATION_TASK).param("prefix", incident + "/%")
			.param("now", context.getBean(Clock.class).instant().atOffset(ZoneOffset.UTC)).query(String.class).list();
		return (int) due.stream().map(EscalationKey::parse).filter(raiser::raise).count();
	}
}
