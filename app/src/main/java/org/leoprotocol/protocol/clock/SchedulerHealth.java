package org.leoprotocol.protocol.clock;

import java.util.List;

import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.web.HomeContributor;
import org.leoprotocol.shared.web.HomePanel;
import org.leoprotocol.shared.web.HomeReader;
import org.leoprotocol.shared.web.PanelItem;

import org.springframework.stereotype.Component;

/**
 * The persistent scheduler's health for the administrator's home: how many deadlines wait, how many are overdue and
 * unclaimed (no node is polling, or all are stuck) and how many keep failing. The nodes themselves have their own
 * panel, from the cluster's register of nodes.
 */
@Component
class SchedulerHealth implements HomeContributor {

	private final ScheduledDeadlines deadlines;

	SchedulerHealth(ScheduledDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public List<HomePanel> panels(HomeReader reader) {
		if (!reader.has(Role.ADMIN.name())) {
			return List.of();
		}
		DeadlineCounts counts = deadlines.count();
		boolean healthy = counts.healthy();
		return List.of(HomePanel.of(Role.ADMIN.name(), "home-scheduler", reader.t("home.admin.scheduler"), "", List.of(
				PanelItem.fact(reader.t("home.admin.scheduler.deadlines"),
						reader.t("home.admin.scheduler.counts", counts.waiting(), counts.overdue(), counts.failing()),
						healthy ? "ok" : "late", reader.t(healthy ? "home.admin.ok" : "home.admin.attention"))),
				null));
	}
}
