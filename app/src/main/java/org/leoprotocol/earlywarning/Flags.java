package org.leoprotocol.earlywarning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.earlywarning.reason.FlagOutcome;
import org.leoprotocol.earlywarning.reason.FlagReason;
import org.leoprotocol.shared.Actor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Flags and their review, with at most one flag under review per officer (a partial unique index). */
@Repository
class Flags {

	/** What the rules say about one officer now: the score and the reasons, strongest first. */
	record Raised(UUID officerId, double score, List<FlagReason> reasons) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	Flags(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Raises a flag for each officer without one under review, and refreshes the reasons of those with one. */
	void raiseOrRefresh(List<Raised> raised, Instant at) {
		List<Object[]> values = new ArrayList<>();
		for (Raised flag : raised) {
			values.add(new Object[] { UUID.randomUUID(), flag.officerId(), at.atOffset(ZoneOffset.UTC),
					at.atOffset(ZoneOffset.UTC),
					flag.score(), String.join("\n", flag.reasons().stream().map(FlagReason::stored).toList()) });
		}
		batch.batchUpdate("""
				insert into ew_flag (id, officer_id, raised_at, updated_at, score, reasons, status)
				values (?, ?, ?, ?, ?, ?, 'OPEN')
				on conflict (officer_id) where status <> 'CLOSED' do update
				  set score = excluded.score, reasons = excluded.reasons, updated_at = excluded.updated_at
				where (ew_flag.score, ew_flag.reasons) is distinct from (excluded.score, excluded.reasons)
				""", values);
	}

	/**
	 * Closes the officer's flag under review, if any, when the record no longer justifies it: the flag keeps its
	 * reasons and review as they were, with the outcome saying why it closed. Returns whether a flag was closed.
	 */
	boolean closeUnfounded(UUID officerId, FlagOutcome outcome, Actor by, Instant at) {
		return jdbc
			.sql("""
					update ew_flag set status = 'CLOSED', outcome = :outcome, closed_by = :by, closed_at = :at, updated_at = :at
					where officer_id = :officer and status <> 'CLOSED'
					""")
			.param("outcome", outcome.stored()).param("by", by.username()).param("at", offset(at))
			.param("officer", officerId)
			.update() == 1;
	}

	Optional<Flag> find(UUID id) {
		return jdbc.sql("select * from ew_flag where id = :id").param("id", id).query(Flags::flag).optional();
	}

	Optional<Flag> findForUpdate(UUID id) {
		return jdbc.sql("select * from ew_flag where id = :id for update").param("id", id).query(Flags::flag)
			.optional();
	}

	Optional<Flag> underReview(UUID officerId) {
		return jdbc.sql("select * from ew_flag where officer_id = :officer and status <> 'CLOSED'")
			.param("officer", officerId)
			.query(Flags::flag).optional();
	}

	List<Flag> list(FlagStatus status, int limit) {
		return jdbc.sql("""
				select * from ew_flag where (cast(:status as text) is null and status <> 'CLOSED') or status = :status
				order by score desc, raised_at limit :limit
				""").param("status", status == null ? null : status.name()).param("limit", limit).query(Flags::flag)
			.list();
	}

	/** The open flags of {@code status} raised about one of the officers, highest score first. */
	List<Flag> listOf(FlagStatus status, java.util.Collection<UUID> officers, int limit) {
		return jdbc.sql("""
				select * from ew_flag where status = :status and officer_id in (:officers)
				order by score desc, raised_at limit :limit
				""").param("status", status.name()).param("officers", officers)
			.param("limit", limit).query(Flags::flag).list();
	}

	/** How many flags stand at each status. */
	java.util.Map<FlagStatus, Long> counts() {
		return jdbc.sql("select status, count(*) as n from ew_flag group by status")
			.query((rs, row) -> java.util.Map.entry(FlagStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
	}

	/** Flags with an intervention planned whose follow-up date is on or before the day, most overdue first. */
	List<Flag> followUpsDue(java.time.LocalDate day) {
		return jdbc
			.sql("""
					select * from ew_flag where status = 'INTERVENTION_PLANNED' and follow_up_on <= :day order by follow_up_on, score desc
					""")
			.param("day", day).query(Flags::flag).list();
	}

	void saveReview(Flag flag) {
		jdbc.sql(
				"""
						update ew_flag set status = :status, updated_at = :updated, acknowledged_by = :ackBy, acknowledged_at = :ackAt,
						  intervention_plan = :plan, follow_up_on = :followUp, outcome = :outcome, closed_by = :closedBy, closed_at = :closedAt
						where id = :id
						""")
			.param("status", flag.status().name()).param("updated", offset(flag.updatedAt()))
			.param("ackBy", flag.acknowledgedBy()).param("ackAt", offset(flag.acknowledgedAt()))
			.param("plan", flag.interventionPlan()).param("followUp", flag.followUpOn())
			.param("outcome", flag.outcome() == null ? null : flag.outcome().stored())
			.param("closedBy", flag.closedBy()).param("closedAt", offset(flag.closedAt())).param("id", flag.id())
			.update();
	}

	private static java.time.OffsetDateTime offset(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Flag flag(ResultSet rs, int row) throws SQLException {
		return new Flag(rs.getObject("id", UUID.class), rs.getObject("officer_id", UUID.class),
				instant(rs, "raised_at"),
				instant(rs, "updated_at"), rs.getDouble("score"),
				Arrays.stream(rs.getString("reasons").split("\n")).map(FlagReason::read).toList(),
				FlagStatus.valueOf(rs.getString("status")), rs.getString("acknowledged_by"),
				instant(rs, "acknowledged_at"),
				rs.getString("intervention_plan"), rs.getObject("follow_up_on", java.time.LocalDate.class),
				FlagOutcome.read(rs.getString("outcome"),
						EarlyWarning.ITSELF.username().equals(rs.getString("closed_by"))),
				rs.getString("closed_by"), instant(rs, "closed_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
