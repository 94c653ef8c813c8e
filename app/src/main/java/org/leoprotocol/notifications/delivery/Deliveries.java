package org.leoprotocol.notifications.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.notifications.NotificationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery rows. Workers claim due rows with {@code FOR UPDATE SKIP LOCKED}, so two nodes never claim the same row,
 * and hold them with a lease that the node renews while it carries them; a row whose lease ran out (its node died or
 * stalled) is due again for any node. Only the lease holder may mark a row, so a node that lost its lease cannot
 * overwrite the outcome of the node that took it.
 */
@Repository
class Deliveries {

	private final JdbcClient jdbc;

	Deliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID notificationId, Channel channel, UUID endpointId, DeliveryState state, String error, Instant at) {
		jdbc.sql(
				"""
						insert into notification_delivery (id, notification_id, channel, endpoint_id, state, next_attempt_at, last_error,
						                                   delivered_at, created_at)
						values (:id, :notification, :channel, :endpoint, :state, :at, :error, :delivered, :at)
						""")
			.param("id", UUID.randomUUID()).param("notification", notificationId).param("channel", channel.name())
			.param("endpoint", endpointId).param("state", state.name()).param("error", error)
			.param("delivered", state == DeliveryState.DELIVERED ? utc(at) : null).param("at", utc(at)).update();
	}

	List<DueDelivery> claim(String node, Instant now, Duration lease, int limit) {
		return jdbc
			.sql("""
					with due as (
					  select id from notification_delivery
					  where state = 'QUEUED' and next_attempt_at <= :now and (claimed_until is null or claimed_until <= :now)
					  order by next_attempt_at limit :limit
					  for update skip locked)
					update notification_delivery d
					set claimed_by = :node, claimed_until = :until, attempts = d.attempts + 1
					from due, notification n
					where d.id = due.id and n.id = d.notification_id
					returning d.id, d.notification_id, d.channel, d.endpoint_id, d.attempts, n.account_id, n.cause, n.kind,
					          n.subject_key, n.arguments, n.link, n.created_at
					""")
			.param("now", utc(now)).param("until", utc(now.plus(lease))).param("limit", limit).param("node", node)
			.query(Deliveries::due).list();
	}

	/**
	 * Extends this node's claims on deliveries it is still carrying; returns how many it still held. A claim another
	 * node took over (this node's lease had run out) is not taken back.
	 */
	int renew(String node, java.util.Collection<UUID> ids, Instant until) {
		if (ids.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				update notification_delivery set claimed_until = :until
				where id in (:ids) and claimed_by = :node and state = 'QUEUED'
				""")
			.param("until", utc(until)).param("ids", List.copyOf(ids)).param("node", node).update();
	}

	boolean delivered(UUID id, String node, Instant at) {
		return jdbc.sql("""
				update notification_delivery set state = 'DELIVERED', delivered_at = :at, last_error = null,
				  claimed_by = null, claimed_until = null
				where id = :id and claimed_by = :node and state = 'QUEUED'
				""")
			.param("at", utc(at)).param("id", id).param("node", node).update() == 1;
	}

	/** Records a failed attempt: queued again at {@code next}, or failed for good when {@code next} is null. */
	boolean failed(UUID id, String node, String error, Instant next) {
		return jdbc
			.sql("""
					update notification_delivery set state = :state, last_error = :error, next_attempt_at = coalesce(:next, next_attempt_at),
					  claimed_by = null, claimed_until = null
					where id = :id and claimed_by = :node and state = 'QUEUED'
					""")
			.param("state", next == null ? DeliveryState.FAILED.name() : DeliveryState.QUEUED.name())
			.param("error", error)
			.param("next", next == null ? null : utc(next)).param("id", id).param("node", node).update() == 1;
	}

	/** The newest deliveries; with {@code failuresOnly}, those failed for good or waiting after a failed attempt. */
	List<DeliveryRecord> newest(boolean failuresOnly, int limit) {
		return jdbc
			.sql("""
					select d.id, d.channel, d.state, d.attempts, d.next_attempt_at, d.last_error, d.delivered_at, d.created_at,
					       n.cause, n.account_id, n.officer_id, w.name as endpoint
					from notification_delivery d join notification n on n.id = d.notification_id
					left join notification_webhook w on w.id = d.endpoint_id
					where not :failuresOnly or d.state = 'FAILED' or (d.state = 'QUEUED' and d.last_error is not null)
					order by d.created_at desc, d.id limit :limit
					""")
			.param("failuresOnly", failuresOnly).param("limit", limit)
			.query((rs, row) -> new DeliveryRecord(rs.getObject("id", UUID.class),
					Channel.valueOf(rs.getString("channel")),
					DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
					rs.getString("last_error"), instant(rs, "delivered_at"), instant(rs, "created_at"),
					rs.getString("cause"),
					rs.getObject("account_id", UUID.class), rs.getObject("officer_id", UUID.class),
					rs.getString("endpoint")))
			.list();
	}

	/** Queues a mail or webhook delivery that is not delivered for an attempt now; true when there was one. */
	boolean requeue(UUID id, Instant now) {
		return jdbc
			.sql("""
					update notification_delivery set state = 'QUEUED', next_attempt_at = :now, claimed_by = null, claimed_until = null
					where id = :id and state <> 'DELIVERED' and channel <> 'INBOX'
					""")
			.param("now", utc(now)).param("id", id).update() == 1;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		java.sql.Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static DueDelivery due(ResultSet rs, int row) throws SQLException {
		return new DueDelivery(rs.getObject("id", UUID.class),
				new NotificationId(rs.getObject("notification_id", UUID.class)),
				Channel.valueOf(rs.getString("channel")), rs.getObject("endpoint_id", UUID.class),
				rs.getInt("attempts"),
				rs.getObject("account_id", UUID.class), rs.getString("cause"), NoticeKind.valueOf(rs.getString("kind")),
				rs.getString("subject_key"), List.of((String[]) rs.getArray("arguments").getArray()),
				rs.getString("link"),
				rs.getTimestamp("created_at").toInstant());
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
