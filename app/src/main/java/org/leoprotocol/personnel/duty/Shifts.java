package org.leoprotocol.personnel.duty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shifts of the duty roster, in plain SQL. */
@Repository
class Shifts {

	private static final String SELECT = "select id, officer_id, unit_id, post, starts_at, ends_at from duty_shift";

	private final JdbcClient jdbc;

	Shifts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The unit of the officer's shift covering the instant, if any (the earliest begun when shifts overlap). */
	Optional<UUID> unitOf(OfficerId officer, Instant at) {
		return jdbc.sql("""
				select unit_id from duty_shift where officer_id = :officer and starts_at <= :at and ends_at > :at
				order by starts_at limit 1
				""")
			.param("officer", officer.value())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.query(UUID.class)
			.optional();
	}

	/** Active officers on a shift covering the instant, anywhere in the agency. */
	List<OnDuty> onDutyAt(Instant at) {
		return jdbc.sql("""
				select s.officer_id, s.unit_id, s.post from duty_shift s join officer o on o.id = s.officer_id
				where o.status = 'ACTIVE' and s.starts_at <= :at and s.ends_at > :at
				order by s.starts_at, o.badge_number
				""")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new OnDuty(new OfficerId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class),
					Post.valueOf(rs.getString(3))))
			.list();
	}

	/** Shifts covering the instant, whatever their officer's status, by unit and post. */
	List<Shift> coveringAt(Instant at) {
		return jdbc.sql(SELECT + " where starts_at <= :at and ends_at > :at order by unit_id, post, starts_at")
			.param("at", at.atOffset(ZoneOffset.UTC)).query(Shifts::shift).list();
	}

	/** Shifts that have not ended by the instant, soonest first. */
	List<Shift> notEndedBy(Instant at, int limit) {
		return jdbc.sql(SELECT + " where ends_at > :at order by starts_at, unit_id limit :limit")
			.param("at", at.atOffset(ZoneOffset.UTC)).param("limit", limit).query(Shifts::shift).list();
	}

	Optional<Shift> find(UUID id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Shifts::shift).optional();
	}

	/**
	 * Active officers of the command ranks; when the roster has none, the active officers of the top units of the chain
	 * of command: units without a parent that head at least one other unit (the chief's office above the precincts). A
	 * unit that has no parent and heads none is no one's command: in a roster imported without its hierarchy every unit
	 * is one, and taking their officers would make the whole agency its command staff, every officer told of every
	 * escalation that climbs that far (a 35,000-officer department's one escalation: 35,000 notices in one transaction,
	 * minutes long, while the step clocks behind it wait). Such a roster has no command staff until it names a command
	 * rank or a hierarchy.
	 */
	List<OfficerId> commandStaff(List<String> lowerCaseRanks) {
		List<OfficerId> byRank = jdbc.sql("""
				select id from officer where status = 'ACTIVE' and lower(rank) in (:ranks) order by badge_number
				""").param("ranks", lowerCaseRanks).query((rs, row) -> new OfficerId(rs.getObject(1, UUID.class)))
			.list();
		return !byRank.isEmpty() ? byRank : jdbc.sql("""
				select o.id from officer o join unit u on u.id = o.unit_id
				where o.status = 'ACTIVE' and u.parent_id is null
				  and exists (select 1 from unit below where below.parent_id = u.id)
				order by o.badge_number
				""").query((rs, row) -> new OfficerId(rs.getObject(1, UUID.class))).list();
	}

	/** Adds the shift unless the same officer already holds the same post over the unit from the same start. */
	boolean add(Shift shift, String by, Instant now) {
		return jdbc.sql("""
				insert into duty_shift (id, officer_id, unit_id, post, starts_at, ends_at, created_by, created_at)
				values (:id, :officer, :unit, :post, :starts, :ends, :by, :now)
				on conflict (officer_id, unit_id, post, starts_at) do nothing
				""")
			.param("id", shift.id()).param("officer", shift.officer().value()).param("unit", shift.unitId())
			.param("post", shift.post().name()).param("starts", shift.startsAt().atOffset(ZoneOffset.UTC))
			.param("ends", shift.endsAt().atOffset(ZoneOffset.UTC)).param("by", by)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	void end(UUID id, Instant at) {
		jdbc.sql("update duty_shift set ends_at = :at where id = :id and starts_at < :at and ends_at > :at")
			.param("id", id).param("at", at.atOffset(ZoneOffset.UTC)).update();
	}

	void remove(UUID id) {
		jdbc.sql("delete from duty_shift where id = :id").param("id", id).update();
	}

	private static Shift shift(ResultSet rs, int row) throws SQLException {
		return new Shift(rs.getObject("id", UUID.class), new OfficerId(rs.getObject("officer_id", UUID.class)),
				rs.getObject("unit_id", UUID.class), Post.valueOf(rs.getString("post")),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant());
	}
}
