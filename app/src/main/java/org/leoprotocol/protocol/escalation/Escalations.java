package org.leoprotocol.protocol.escalation;

import java.util.List;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.incident.Incidents;
import org.leoprotocol.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Raised escalations, append-only; the unique key (incident, step, level) makes a retry harmless. */
@Repository
public class Escalations {

	private final JdbcClient jdbc;

	Escalations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the escalation unless that level of that step was raised before; true when this call stored it. */
	public boolean insertIfAbsent(Escalation escalation) {
		return jdbc
			.sql("""
					insert into escalation (incident_id, step_code, level, notify_role, due_at, raised_at, responsible_officer_id)
					values (:incident, :step, :level, :role, :due, :raised, :officer)
					on conflict (incident_id, step_code, level) do nothing
					""")
			.param("incident", escalation.incidentId().value()).param("step", escalation.stepCode())
			.param("level", escalation.level()).param("role", escalation.notified().name())
			.param("due", Incidents.utc(escalation.dueAt())).param("raised", Incidents.utc(escalation.raisedAt()))
			.param("officer", escalation.responsibleOfficer() == null ? null : escalation.responsibleOfficer().value())
			.update() == 1;
	}

	public List<Escalation> of(IncidentId incident) {
		return jdbc.sql("""
				select incident_id, step_code, level, notify_role, due_at, raised_at, responsible_officer_id
				from escalation where incident_id = :incident order by raised_at, position
				""").param("incident", incident.value()).query((rs, row) -> {
			UUID officer = rs.getObject("responsible_officer_id", UUID.class);
			return new Escalation(new IncidentId(rs.getObject("incident_id", UUID.class)), rs.getString("step_code"),
					rs.getInt("level"), Role.valueOf(rs.getString("notify_role")),
					Incidents.instant(rs.getTimestamp("due_at")),
					Incidents.instant(rs.getTimestamp("raised_at")), officer == null ? null : new OfficerId(officer));
		}).list();
	}
}
