package org.leoprotocol.protocol.clock;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.web.HomeContributor;
import org.leoprotocol.shared.web.HomePanel;
import org.leoprotocol.shared.web.HomeReader;
import org.leoprotocol.shared.web.PanelItem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The persistent scheduler's health for the administrator's home: how many deadlines wait, how many are overdue and
 * unclaimed (no node is polling, or all are stuck) and how many keep failing. The nodes themselves have their own
 * panel, from the cluster's register of nodes.
 */
@Component
class SchedulerHealth implements HomeContributor {

	/** A deadline this long overdue and unclaimed means no node is taking deadlines (nodes poll every second). */
	static final Duration STUCK = Duration.ofMinutes(1);

	private final JdbcClient jdbc;
	private final Clock clock;

	SchedulerHealth(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<HomePanel> panels(HomeReader reader) {
		if (!reader.has(Role.ADMIN.name())) {
			return List.of();
		}
		Counts counts = jdbc.sql("""
				select count(*) as waiting,
				       count(*) filter (where not picked and execution_time < :stuck) as overdue,
				       count(*) filter (where consecutive_failures > 0) as failing
				from scheduled_tasks""").param("stuck", java.sql.Timestamp.from(clock.instant().minus(STUCK)))
			.query(Counts.class).single();
		boolean healthy = counts.overdue() == 0 && counts.failing() == 0;
		return List.of(HomePanel.of(Role.ADMIN.name(), "home-scheduler", reader.t("home.admin.scheduler"), "", List.of(
				PanelItem.fact(reader.t("home.admin.scheduler.deadlines"),
						reader.t("home.admin.scheduler.counts", counts.waiting(), counts.overdue(), counts.failing()),
						healthy ? "ok" : "late", reader.t(healthy ? "home.admin.ok" : "home.admin.attention"))),
				null));
	}

	record Counts(long waiting, long overdue, long failing) {
	}
}
