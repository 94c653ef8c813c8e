package org.leoprotocol.shared;

import java.net.InetAddress;
import java.time.Duration;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The cluster's register of nodes ({@code cluster_node}): each running node beats every {@code leo.cluster.node-beat}
 * (ten seconds by default) under the name it uses in the schedulers' tables ({@link ClusterJobs#node()}), and marks
 * itself stopped when it shuts down cleanly. A node that was killed stops beating; {@link ClusterNodesHealth} tells the
 * administrator. Times are the database's, so the nodes' own clocks need not agree. Command-line runs
 * ({@code leo.cluster.jobs=false}) are not nodes and do not register.
 */
@Component
class ClusterNodes {

	/** Rows of nodes silent this long are pruned by the live nodes' beats. */
	static final Duration FORGOTTEN_AFTER = Duration.ofDays(7);

	private final JdbcClient jdbc;
	private final String node;
	private final boolean enabled;
	private volatile boolean running;

	ClusterNodes(JdbcClient jdbc, ClusterJobs jobs, @Value("${leo.cluster.jobs:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.node = jobs.node();
		this.enabled = enabled;
	}

	/** Registers this node once it is ready (migrations done, schedulers started). */
	@EventListener(ApplicationReadyEvent.class)
	void register() {
		if (enabled) {
			jdbc.sql("""
					insert into cluster_node (name, host, started_at, last_seen_at) values (:name, :host, now(), now())
					on conflict (name) do update set last_seen_at = now(), stopped_at = null""")
				.param("name", node).param("host", host()).update();
		}
		running = true;
	}

	/** This node is alive; nodes silent for a week are forgotten. */
	@Scheduled(fixedDelayString = "${leo.cluster.node-beat:PT10S}",
			initialDelayString = "${leo.cluster.node-beat:PT10S}")
	void beat() {
		if (!enabled || !running) {
			return;
		}
		jdbc.sql("update cluster_node set last_seen_at = now(), stopped_at = null where name = :name")
			.param("name", node).update();
		jdbc.sql("delete from cluster_node where last_seen_at < now() - make_interval(secs => :seconds)")
			.param("seconds", FORGOTTEN_AFTER.toSeconds()).update();
	}

	/** A clean shutdown: the node says it stopped, so the administrator does not look for a killed one. */
	@PreDestroy
	void deregister() {
		if (enabled && running) {
			jdbc.sql("update cluster_node set stopped_at = now() where name = :name").param("name", node).update();
		}
		running = false;
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException unknown) {
			return "unknown";
		}
	}
}
