package org.leoprotocol.notifications.webhook;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered webhook receivers; the secret is read only to sign a post. */
@Repository
class WebhookEndpoints {

	private final JdbcClient jdbc;

	WebhookEndpoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String name, String url, String secret, Instant at, String by) {
		jdbc.sql("""
				insert into notification_webhook (id, name, url, secret, enabled, created_at, created_by)
				values (:id, :name, :url, :secret, true, :at, :by)
				""")
			.param("id", id).param("name", name).param("url", url).param("secret", secret)
			.param("at", at.atOffset(ZoneOffset.UTC)).param("by", by).update();
	}

	List<WebhookEndpoint> all() {
		return jdbc
			.sql("select id, name, url, enabled, created_at, created_by from notification_webhook order by created_at")
			.query((rs, row) -> new WebhookEndpoint(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getBoolean(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
	}

	List<UUID> enabled() {
		return jdbc.sql("select id from notification_webhook where enabled order by created_at").query(UUID.class)
			.list();
	}

	void setEnabled(UUID id, boolean enabled) {
		jdbc.sql("update notification_webhook set enabled = :enabled where id = :id").param("enabled", enabled)
			.param("id", id)
			.update();
	}

	Optional<WebhookTarget> target(UUID id) {
		return jdbc.sql("select url, secret, enabled from notification_webhook where id = :id").param("id", id)
			.query((rs, row) -> new WebhookTarget(rs.getString(1), rs.getString(2), rs.getBoolean(3))).optional();
	}
}
