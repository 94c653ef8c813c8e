package org.leoprotocol.personnel;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only record of personnel actions, in plain SQL. */
@Repository
class PersonnelActions {

	private final JdbcClient jdbc;

	PersonnelActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(PersonnelAction action, java.time.Instant recordedAt) {
		jdbc.sql(
				"""
						insert into personnel_action (officer_id, action, authorised_by, reference, reason, taken_at, recorded_by,
						                              recorded_at)
						values (:officer, :action, :authorisedBy, :reference, :reason, :takenAt, :recordedBy, :recordedAt)
						""")
			.param("officer", action.officer().value()).param("action", action.kind().name())
			.param("authorisedBy", action.authorisedBy()).param("reference", action.reference())
			.param("reason", action.reason())
			.param("takenAt", action.takenAt().atOffset(ZoneOffset.UTC)).param("recordedBy", action.recordedBy())
			.param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The officer's actions, latest first. */
	List<PersonnelAction> of(OfficerId officer) {
		return jdbc.sql("""
				select officer_id, action, authorised_by, reference, reason, taken_at, recorded_by from personnel_action
				where officer_id = :officer order by taken_at desc, position desc
				""")
			.param("officer", officer.value())
			.query((rs, row) -> new PersonnelAction(new OfficerId(rs.getObject(1, UUID.class)),
					PersonnelActionKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getTimestamp(6).toInstant(), rs.getString(7)))
			.list();
	}
}
