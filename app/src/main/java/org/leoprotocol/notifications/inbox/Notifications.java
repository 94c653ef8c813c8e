package org.leoprotocol.notifications.inbox;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.notifications.Notice;
import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.notifications.NotificationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox's notices, in plain SQL; a cause is stored once per recipient by the database's unique indexes. */
@Repository
class Notifications {

	private static final String SELECT = """
			select id, cause, account_id, kind, subject_key, arguments, link, muteable, created_at, acknowledged_at,
			       acknowledged_by
			from notification
			""";

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the notice unless its cause already reached this addressee; returns the new id, or empty. */
	Optional<UUID> insert(Notice notice, Addressee to, Instant at) {
		return jdbc
			.sql("""
					insert into notification (id, cause, account_id, officer_id, kind, subject_key, arguments, link, muteable, created_at)
					values (:id, :cause, :account, :officer, :kind, :subject, :arguments, :link, :muteable, :at)
					on conflict do nothing
					returning id
					""")
			.param("id", UUID.randomUUID()).param("cause", notice.cause()).param("account", to.accountId())
			.param("officer", to.officerId()).param("kind", notice.kind().name()).param("subject", notice.subjectKey())
			.param("arguments", notice.arguments().toArray(String[]::new)).param("link", notice.link())
			.param("muteable", notice.muteable()).param("at", at.atOffset(ZoneOffset.UTC))
			.query(UUID.class).optional();
	}

	UUID existing(String cause, Addressee to) {
		String recipient = to.reachable() ? "account_id = :recipient"
				: "account_id is null and officer_id = :recipient";
		return jdbc.sql("select id from notification where cause = :cause and " + recipient)
			.param("cause", cause).param("recipient", to.reachable() ? to.accountId() : to.officerId())
			.query(UUID.class).single();
	}

	Optional<StoredNotification> find(UUID id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Notifications::notification).optional();
	}

	/** The account's notices, unacknowledged first, newest first within each. */
	List<StoredNotification> of(UUID accountId, int limit) {
		return jdbc
			.sql(SELECT
					+ " where account_id = :account order by acknowledged_at is not null, created_at desc limit :limit")
			.param("account", accountId).param("limit", limit).query(Notifications::notification).list();
	}

	long unacknowledged(UUID accountId) {
		return jdbc.sql("select count(*) from notification where account_id = :account and acknowledged_at is null")
			.param("account", accountId).query(Long.class).single();
	}

	/** Acknowledges the notice unless it already is; true when this call acknowledged it. */
	boolean acknowledge(UUID id, String username, Instant at) {
		return jdbc.sql(
				"update notification set acknowledged_at = :at, acknowledged_by = :by where id = :id and acknowledged_at is null")
			.param("at", at.atOffset(ZoneOffset.UTC)).param("by", username).param("id", id).update() == 1;
	}

	private static StoredNotification notification(ResultSet rs, int row) throws SQLException {
		return new StoredNotification(new NotificationId(rs.getObject("id", UUID.class)), rs.getString("cause"),
				rs.getObject("account_id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
				rs.getString("subject_key"),
				strings(rs.getArray("arguments")), rs.getString("link"), rs.getBoolean("muteable"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("acknowledged_at")),
				rs.getString("acknowledged_by"));
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
