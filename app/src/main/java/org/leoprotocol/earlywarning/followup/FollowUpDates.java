package org.leoprotocol.earlywarning.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Flags with an intervention planned and a follow-up date by a given day, in plain SQL. */
@Repository
class FollowUpDates {

	/** A flag's follow-up: the officer, the day, and the supervisor who acknowledged the flag and planned it. */
	record FollowUp(UUID flagId, OfficerId officerId, LocalDate on, String reviewer) {
	}

	private final JdbcClient jdbc;

	FollowUpDates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FollowUp> by(LocalDate day) {
		return jdbc.sql("""
				select id, officer_id, follow_up_on, acknowledged_by from ew_flag
				where status = 'INTERVENTION_PLANNED' and follow_up_on <= :day
				""").param("day", day)
			.query((rs, row) -> new FollowUp(rs.getObject(1, UUID.class), new OfficerId(rs.getObject(2, UUID.class)),
					rs.getObject(3, LocalDate.class), rs.getString(4)))
			.list();
	}
}
