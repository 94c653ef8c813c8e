package org.leoprotocol.investigations.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.leoprotocol.investigations.InvestigationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only tolls and extensions of cases' clocks, and the case's deadline they move, in plain SQL. */
@Repository
class ClockAdjustments {

	private final JdbcClient jdbc;

	ClockAdjustments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A case's clock as it runs now. */
	record Running(String caseNumber, boolean closed, Instant dueAt) {
	}

	/** The case's clock, its row locked until the transaction ends so that two changes are made one after the other. */
	Optional<Running> lock(InvestigationId id) {
		return jdbc.sql("select case_number, status, due_at from investigation where id = :id for update")
			.param("id", id.value())
			.query((rs, row) -> new Running(rs.getString(1), "CLOSED".equals(rs.getString(2)),
					rs.getTimestamp(3).toInstant()))
			.optional();
	}

	List<ClockAdjustment> of(InvestigationId id, DeadlineClock clock) {
		return jdbc.sql("""
				select clock, kind, tolled_from, tolled_until, extension_days, reason, authority, authority_reference,
				       due_before, due_after, recorded_by, recorded_at
				from deadline_adjustment where investigation_id = :id and clock = :clock order by position
				""").param("id", id.value()).param("clock", clock.name()).query(ClockAdjustments::adjustment).list();
	}

	/** Appends the change and sets the case's deadline to the one it leads to. */
	void append(InvestigationId id, ClockAdjustment change) {
		jdbc.sql(
				"""
						insert into deadline_adjustment (investigation_id, clock, kind, tolled_from, tolled_until, extension_days, reason,
						  authority, authority_reference, due_before, due_after, recorded_by, recorded_at)
						values (:id, :clock, :kind, :from, :until, :days, :reason, :authority, :reference, :before, :after, :by, :at)
						""")
			.param("id", id.value()).param("clock", change.clock().name()).param("kind", change.kind().name())
			.param("from", change.tolledFrom()).param("until", change.tolledUntil())
			.param("days", change.extensionDays())
			.param("reason", change.reason()).param("authority", change.authority())
			.param("reference", change.authorityReference())
			.param("before", utc(change.dueBefore())).param("after", utc(change.dueAfter()))
			.param("by", change.recordedBy())
			.param("at", utc(change.recordedAt()))
			.update();
		jdbc.sql("update investigation set due_at = :due where id = :id").param("due", utc(change.dueAfter()))
			.param("id", id.value())
			.update();
	}

	private static ClockAdjustment adjustment(ResultSet rs, int row) throws SQLException {
		return new ClockAdjustment(DeadlineClock.valueOf(rs.getString("clock")),
				ClockAdjustment.Kind.valueOf(rs.getString("kind")),
				rs.getObject("tolled_from", LocalDate.class), rs.getObject("tolled_until", LocalDate.class),
				(Integer) rs.getObject("extension_days"), rs.getString("reason"), rs.getString("authority"),
				rs.getString("authority_reference"), rs.getTimestamp("due_before").toInstant(),
				rs.getTimestamp("due_after").toInstant(),
				rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
