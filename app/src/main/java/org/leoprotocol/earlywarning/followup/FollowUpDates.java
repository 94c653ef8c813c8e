package org.leoprotocol.earlywarning.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.reminder.KeysetPages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Flags with an intervention planned and a follow-up date by a given day, in plain SQL. */
@Repository
class FollowUpDates {

	private final JdbcClient jdbc;

	FollowUpDates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The follow-ups due by {@code day}, a page at a time ({@link KeysetPages}). */
	void by(LocalDate day, Consumer<List<FollowUp>> pages) {
		KeysetPages.each((after, limit) -> page(day, after, limit), FollowUp::flagId, pages);
	}

	private List<FollowUp> page(LocalDate day, UUID after, int limit) {
		return jdbc
			.sql("""
					select f.id, coalesce(o.badge_number, o.external_id), o.roster_officer_id, f.follow_up_on, f.acknowledged_by
					from ew_flag f join ew_officer o on o.id = f.officer_id
					where f.status = 'INTERVENTION_PLANNED' and f.follow_up_on <= :day and f.id > :after
					order by f.id limit :limit
					""")
			.param("day", day).param("after", after).param("limit", limit)
			.query((rs, row) -> new FollowUp(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3) == null ? null : new OfficerId(rs.getObject(3, UUID.class)),
					rs.getObject(4, LocalDate.class), rs.getString(5)))
			.list();
	}
}
