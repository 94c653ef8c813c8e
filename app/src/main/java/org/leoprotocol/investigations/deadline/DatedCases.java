package org.leoprotocol.investigations.deadline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.reminder.KeysetPages;

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

	/** Open cases due by the horizon, a page at a time ({@link KeysetPages}). */
	void openDueBy(Instant horizon, Consumer<List<OpenCase>> pages) {
		KeysetPages.each((after, limit) -> openDueBy(horizon, after, limit), open -> open.id().value(), pages);
	}

	/** Hearings still to come by the horizon, a page at a time. */
	void hearingsBetween(Instant now, Instant horizon, Consumer<List<ComingHearing>> pages) {
		KeysetPages.each((after, limit) -> hearingsBetween(now, horizon, after, limit), ComingHearing::id, pages);
	}

	private List<OpenCase> openDueBy(Instant horizon, UUID after, int limit) {
		return jdbc.sql("""
				select id, case_number, due_at, investigator from investigation
				where status <> 'CLOSED' and due_at <= :h and id > :after order by id limit :limit
				""")
			.param("h", horizon.atOffset(ZoneOffset.UTC)).param("after", after).param("limit", limit)
			.query((rs, row) -> new OpenCase(new InvestigationId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getString(4)))
			.list();
	}

	private List<ComingHearing> hearingsBetween(Instant now, Instant horizon, UUID after, int limit) {
		return jdbc.sql("""
				select h.id, i.id, i.case_number, h.held_at, i.investigator, h.subject_officer,
				       array(select a.name from hearing_attendee a where a.hearing_id = h.id order by a.position)
				from hearing h join investigation i on i.id = h.investigation_id
				where h.decision is null and h.held_at > :now and h.held_at <= :h and h.id > :after
				order by h.id limit :limit
				""")
			.param("now", now.atOffset(ZoneOffset.UTC)).param("h", horizon.atOffset(ZoneOffset.UTC))
			.param("after", after).param("limit", limit)
			.query((rs, row) -> new ComingHearing(rs.getObject(1, UUID.class),
					new InvestigationId(rs.getObject(2, UUID.class)),
					rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5),
					rs.getObject(6) == null ? null : new OfficerId(rs.getObject(6, UUID.class)),
					List.of((String[]) rs.getArray(7).getArray())))
			.list();
	}
}
