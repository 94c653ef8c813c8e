package org.leoprotocol.conflicts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recusals and flagged actions of cases. A recusal is written in its own transaction: the refused decision rolls back,
 * the record that its decider stepped aside stays.
 */
@Repository
class Recusals {

	private final JdbcClient jdbc;

	Recusals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recuse(Recusal recusal) {
		jdbc.sql("""
				insert into recusal (id, case_number, username, deciding_role, reason_key, reason_arguments, alternate,
				  recused_at)
				values (:id, :case, :user, :role, :key, :arguments, :alternate, :at) on conflict do nothing
				""").param("id", UUID.randomUUID()).param("case", recusal.caseNumber())
			.param("user", recusal.username())
			.param("role", recusal.decidingRole()).param("key", recusal.reason().key())
			.param("arguments", arguments(recusal.reason()))
			.param("alternate", recusal.alternate())
			.param("at", recusal.recusedAt().atOffset(ZoneOffset.UTC)).update();
	}

	List<Recusal> of(String caseNumber) {
		return jdbc.sql("select * from recusal where case_number = :case order by recused_at").param("case", caseNumber)
			.query((rs, row) -> new Recusal(rs.getString("case_number"), rs.getString("username"),
					rs.getString("deciding_role"),
					reason(rs), rs.getString("alternate"), rs.getTimestamp("recused_at").toInstant()))
			.list();
	}

	/** Flags a decision for review; false when it was flagged already. */
	boolean flag(RecordRef record, FlaggedAction action) {
		return jdbc
			.sql("""
					insert into conflict_review (id, case_number, record_kind, record_id, username, action, reason_key,
					  reason_arguments, taken_at, flagged_at)
					values (:id, :case, :kind, :record, :user, :action, :key, :arguments, :taken, :flagged)
					on conflict do nothing
					""")
			.param("id", UUID.randomUUID()).param("case", action.caseNumber()).param("kind", record.kind().name())
			.param("record", record.id()).param("user", action.username()).param("action", action.action())
			.param("key", action.reason().key()).param("arguments", arguments(action.reason()))
			.param("taken", at(action.takenAt())).param("flagged", at(action.flaggedAt())).update() > 0;
	}

	List<FlaggedAction> flagged(String caseNumber) {
		return jdbc.sql("select * from conflict_review where case_number = :case order by taken_at")
			.param("case", caseNumber)
			.query((rs, row) -> new FlaggedAction(rs.getString("case_number"), rs.getString("username"),
					rs.getString("action"),
					reason(rs), rs.getTimestamp("taken_at").toInstant(),
					rs.getTimestamp("flagged_at").toInstant()))
			.list();
	}

	/** A reason's arguments as the {@code text[]} column keeps them. */
	private static String[] arguments(Conflict reason) {
		return reason.arguments().toArray(String[]::new);
	}

	private static Conflict reason(ResultSet rs) throws SQLException {
		Array arguments = rs.getArray("reason_arguments");
		return new Conflict(rs.getString("reason_key"),
				arguments == null ? List.of() : List.of((String[]) arguments.getArray()));
	}

	private static java.time.OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
