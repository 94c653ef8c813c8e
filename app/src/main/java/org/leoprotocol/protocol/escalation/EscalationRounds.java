package org.leoprotocol.protocol.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.incident.Incidents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who each escalation reached, round by round (0 when raised, then once per pass to the next rung), and who
 * acknowledged it; all append-only. The primary keys make a retried or concurrent round, recipient or acknowledgement a
 * no-op.
 */
@Repository
public class EscalationRounds {

	private final JdbcClient jdbc;

	EscalationRounds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Opens the round unless it exists; true when this call opened it. */
	boolean open(EscalationKey key, int round, String rung, Instant at) {
		return jdbc.sql("""
				insert into escalation_round (incident_id, step_code, level, round, rung, reached_at)
				values (:incident, :step, :level, :round, :rung, :at) on conflict do nothing
				""").param("incident", key.incident().value()).param("step", key.stepCode()).param("level", key.level())
			.param("round", round).param("rung", rung).param("at", Incidents.utc(at)).update() == 1;
	}

	public void reached(EscalationKey key, int round, OfficerId officer, UUID notification) {
		jdbc.sql("""
				insert into escalation_recipient (incident_id, step_code, level, round, officer_id, notification_id)
				values (:incident, :step, :level, :round, :officer, :notification) on conflict do nothing
				""").param("incident", key.incident().value()).param("step", key.stepCode()).param("level", key.level())
			.param("round", round).param("officer", officer.value()).param("notification", notification).update();
	}

	Optional<EscalationRound> round(EscalationKey key, int round) {
		return jdbc.sql("""
				select round, rung, reached_at from escalation_round
				where incident_id = :incident and step_code = :step and level = :level and round = :round
				""").param("incident", key.incident().value()).param("step", key.stepCode()).param("level", key.level())
			.param("round", round)
			.query((rs, row) -> new EscalationRound(rs.getInt(1), rs.getString(2),
					Incidents.instant(rs.getTimestamp(3))))
			.optional();
	}

	/** Records the acknowledgement unless this person acknowledged it before; true when this call recorded it. */
	boolean acknowledge(EscalationKey key, String username, Instant at) {
		return jdbc
			.sql("""
					insert into escalation_acknowledgement (incident_id, step_code, level, username, acknowledged_at)
					select :incident, :step, :level, :username, :at
					where exists (select 1 from escalation where incident_id = :incident and step_code = :step and level = :level)
					on conflict do nothing
					""")
			.param("incident", key.incident().value()).param("step", key.stepCode()).param("level", key.level())
			.param("username", username).param("at", Incidents.utc(at)).update() == 1;
	}

	boolean acknowledged(EscalationKey key) {
		return jdbc.sql("""
				select exists (select 1 from escalation_acknowledgement
				               where incident_id = :incident and step_code = :step and level = :level)
				""").param("incident", key.incident().value()).param("step", key.stepCode()).param("level", key.level())
			.query(Boolean.class).single();
	}

	public List<EscalationReach> reached(IncidentId incident) {
		return jdbc.sql("""
				select r.step_code, r.level, r.round, o.rung, r.officer_id, o.reached_at
				from escalation_recipient r join escalation_round o using (incident_id, step_code, level, round)
				where r.incident_id = :incident order by o.reached_at, r.level, r.round
				""").param("incident", incident.value())
			.query((rs, row) -> new EscalationReach(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
					new OfficerId(rs.getObject(5, UUID.class)), Incidents.instant(rs.getTimestamp(6))))
			.list();
	}

	public List<EscalationAcknowledgement> acknowledgements(IncidentId incident) {
		return jdbc.sql("""
				select step_code, level, username, acknowledged_at from escalation_acknowledgement
				where incident_id = :incident order by acknowledged_at
				""").param("incident", incident.value())
			.query((rs, row) -> new EscalationAcknowledgement(rs.getString(1), rs.getInt(2), rs.getString(3),
					Incidents.instant(rs.getTimestamp(4))))
			.list();
	}
}
