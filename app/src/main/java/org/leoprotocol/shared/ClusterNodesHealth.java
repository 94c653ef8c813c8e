package org.leoprotocol.shared;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import org.leoprotocol.shared.web.HomeContributor;
import org.leoprotocol.shared.web.HomePanel;
import org.leoprotocol.shared.web.HomeReader;
import org.leoprotocol.shared.web.PanelItem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The nodes on the administrator's home, from the register ({@link ClusterNodes}): each node seen in the last day,
 * running ones first. A node that has not beaten for {@link #SILENT} without stopping cleanly was killed or cut off: it
 * needs attention (its deadlines and jobs are taken over by the others once its scheduler heartbeats are missed).
 */
@Component
class ClusterNodesHealth implements HomeContributor {

	/** Three missed beats at the default ten seconds. */
	static final Duration SILENT = Duration.ofSeconds(30);

	private static final int SHOWN = 12;

	private final JdbcClient jdbc;

	ClusterNodesHealth(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<HomePanel> panels(HomeReader reader) {
		if (!reader.has("ADMIN")) {
			return List.of();
		}
		List<PanelItem> nodes = jdbc.sql("""
				select name, host, started_at, last_seen_at, stopped_at,
				       stopped_at is null and last_seen_at >= now() - make_interval(secs => :silent) as alive
				from cluster_node where last_seen_at >= now() - interval '1 day'
				order by (stopped_at is null and last_seen_at >= now() - make_interval(secs => :silent)) desc,
				         last_seen_at desc
				limit :shown""")
			.param("silent", SILENT.toSeconds()).param("shown", SHOWN)
			.query((rs, row) -> item(reader, rs.getString("name"), rs.getString("host"),
					rs.getTimestamp("started_at"), rs.getTimestamp("last_seen_at"), rs.getTimestamp("stopped_at"),
					rs.getBoolean("alive")))
			.list();
		return List.of(HomePanel.of("ADMIN", "home-nodes", reader.t("home.admin.nodes"),
				reader.t("home.admin.nodes.none"), nodes, null));
	}

	private static PanelItem item(HomeReader reader, String name, String host, Timestamp started, Timestamp seen,
			Timestamp stopped, boolean alive) {
		if (alive) {
			return PanelItem.fact(name, reader.t("home.admin.nodes.running", host, reader.when(started.toInstant()),
					reader.when(seen.toInstant())), "ok", reader.t("home.admin.nodes.alive"));
		}
		if (stopped != null) {
			return PanelItem.fact(name, reader.t("home.admin.nodes.stopped", host, reader.when(stopped.toInstant())),
					null,
					reader.t("home.admin.nodes.stoppedState"));
		}
		return PanelItem.fact(name, reader.t("home.admin.nodes.silent", host, reader.when(seen.toInstant())), "late",
				reader.t("home.admin.attention"));
	}
}
