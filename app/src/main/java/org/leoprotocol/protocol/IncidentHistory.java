package org.leoprotocol.protocol;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.finding.GapAnalysis;
import org.leoprotocol.shared.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every incident under Leo's Protocol, replayed as the {@link IncidentOpened}, {@link EscalationRaised} and
 * {@link IncidentReunified} events published at the time, with their historical instants: for a module that keeps read
 * models from those events and must rebuild them. The time of first engagement is the first protocol step of engagement
 * done, as {@code Reunification} reads it from the timeline. Streamed from database cursors.
 */
@Component
public class IncidentHistory {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	IncidentHistory(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(BATCH);
	}

	/** Each incident as opened; in the caller's transaction when there is one. */
	@Transactional(readOnly = true)
	public void replayOpened(Consumer<IncidentOpened> opened) {
		jdbc.query("select id, kind, priority, protocol_version, reported_at from incident",
				(ResultSet row) -> opened.accept(
						new IncidentOpened(new IncidentId(row.getObject("id", UUID.class)),
								IncidentKind.valueOf(row.getString("kind")),
								Priority.valueOf(row.getString("priority")), row.getInt("protocol_version"),
								row.getTimestamp("reported_at").toInstant())));
	}

	/** Each escalation raised; in the caller's transaction when there is one. */
	@Transactional(readOnly = true)
	public void replayEscalations(Consumer<EscalationRaised> raised) {
		jdbc.query(
				"""
						select e.incident_id, e.step_code, e.level, e.notify_role, e.responsible_officer_id, e.due_at, e.raised_at,
						       i.kind, i.reported_at
						from escalation e join incident i on i.id = e.incident_id""",
				(ResultSet row) -> {
					UUID officer = row.getObject("responsible_officer_id", UUID.class);
					raised.accept(new EscalationRaised(new IncidentId(row.getObject("incident_id", UUID.class)),
							row.getString("step_code"),
							row.getInt("level"), Role.valueOf(row.getString("notify_role")),
							officer == null ? null : new OfficerId(officer),
							row.getTimestamp("due_at").toInstant(), row.getTimestamp("raised_at").toInstant(),
							IncidentKind.valueOf(row.getString("kind")), row.getTimestamp("reported_at").toInstant()));
				});
	}

	/** Each verified release; in the caller's transaction when there is one. */
	@Transactional(readOnly = true)
	public void replayReunifications(Consumer<IncidentReunified> reunified) {
		String engagementSteps = "'" + String.join("', '", GapAnalysis.ENGAGEMENT_STEPS) + "'";
		jdbc.query("""
				select i.id, i.kind, i.reported_at, r.released_at,
				       (select min(e.occurred_at) from incident_event e
				        where e.incident_id = i.id and e.type = ? and e.step_code in (%s)) as first_engagement
				from release_verification r join incident i on i.id = r.incident_id""".formatted(engagementSteps),
				(ResultSet row) -> {
					Timestamp engaged = row.getTimestamp("first_engagement");
					reunified.accept(new IncidentReunified(new IncidentId(row.getObject("id", UUID.class)),
							IncidentKind.valueOf(row.getString("kind")),
							row.getTimestamp("reported_at").toInstant(), engaged == null ? null : engaged.toInstant(),
							row.getTimestamp("released_at").toInstant()));
				}, TimelineEventType.STEP_DONE.name());
	}
}
