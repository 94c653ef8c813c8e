package org.leoprotocol.protocol.clock;

import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The persistent scheduler's table of deadlines as counts: how many wait, how many are overdue and unclaimed, and how
 * many keep failing.
 */
@Component
class ScheduledDeadlines {

	/** A deadline this long overdue and unclaimed means no node is taking deadlines (nodes poll every second). */
	static final Duration STUCK = Duration.ofMinutes(1);

	private final JdbcClient jdbc;
	private final Clock clock;

	ScheduledDeadlines(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	DeadlineCounts count() {
		return jdbc.sql("""
				select count(*) as waiting,
				       count(*) filter (where not picked and execution_time < :stuck) as overdue,
				       count(*) filter (where consecutive_failures > 0) as failing
				from scheduled_tasks""").param("stuck", java.sql.Timestamp.from(clock.instant().minus(STUCK)))
			.query(DeadlineCounts.class).single();
	}
}
