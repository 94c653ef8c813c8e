package org.leoprotocol.investigations.deadline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.personnel.OfficerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dates reminders are sent for: open cases' deadlines and undecided hearings still to come, up to a horizon. */
@Repository
class DatedCases {

	/** An open case whose deadline falls by the horizon. */
	record OpenCase(InvestigationId id, String caseNumber, Instant dueAt, String investigator) {
	}

	/** A hearing not yet held or decided, with its case's investigator and the names of the people to attend. */
	record ComingHearing(UUID id, InvestigationId caseId, String caseNumber, Instant heldAt, String investigator,
			OfficerId subjectOfficer,
			List<String> attendees) {
	}

	private final JdbcClient jdbc;

	DatedCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<OpenCase> openDueBy(Instant horizon) {
		return jdbc.sql(
				"select id, case_number, due_at, investigator from investigation where status <> 'CLOSED' and due_at <= :h")
			.param("h", horizon.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new OpenCase(new InvestigationId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getString(4)))
			.list();
	}

	List<ComingHearing> hearingsBetween(Instant now, Instant horizon) {
		return jdbc.sql("""
				select h.id, i.id, i.case_number, h.held_at, i.investigator, h.subject_officer,
				       array(select a.name from hearing_attendee a where a.hearing_id = h.id order by a.position)
				from hearing h join investigation i on i.id = h.investigation_id
				where h.decision is null and h.held_at > :now and h.held_at <= :h
				""")
			.param("now", now.atOffset(ZoneOffset.UTC)).param("h", horizon.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new ComingHearing(rs.getObject(1, UUID.class),
					new InvestigationId(rs.getObject(2, UUID.class)),
					rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5),
					rs.getObject(6) == null ? null : new OfficerId(rs.getObject(6, UUID.class)),
					List.of((String[]) rs.getArray(7).getArray())))
			.list();
	}
}
