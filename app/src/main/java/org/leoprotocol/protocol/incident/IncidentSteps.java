package org.leoprotocol.protocol.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.clock.StepStatus;
import org.leoprotocol.protocol.definition.Anchor;
import org.leoprotocol.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.leoprotocol.protocol.incident.Incidents.instant;
import static org.leoprotocol.protocol.incident.Incidents.utc;

/**
 * The steps of each incident's protocol and their clocks, in plain SQL: when each clock started and is due, and who did
 * the step when.
 */
@Repository
public class IncidentSteps {

	private final JdbcClient jdbc;

	IncidentSteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insertStep(IncidentId id, int version, String code) {
		jdbc.sql(
				"insert into incident_step (incident_id, protocol_version, code, status) values (:id, :version, :code, 'OPEN')")
			.param("id", id.value()).param("version", version).param("code", code).update();
	}

	public List<StepClock> steps(IncidentId id) {
		return jdbc.sql("""
				select s.code, p.position, p.title, p.acting_role, p.anchor, p.deadline_seconds, p.source, s.anchor_at,
					   s.due_at, s.status, s.done_at, s.done_by, s.done_by_officer
				from incident_step s join protocol_step p on p.version = s.protocol_version and p.code = s.code
				where s.incident_id = :id order by p.position
				""").param("id", id.value()).query(IncidentSteps::step).list();
	}

	/** Starts the clocks of the steps waiting for this anchor; returns the steps whose clocks this call started. */
	public List<StepClock> startClocks(IncidentId id, Anchor anchor, Instant at) {
		List<String> started = jdbc.sql("""
				update incident_step s set anchor_at = :at, due_at = :at + make_interval(secs => p.deadline_seconds)
				from protocol_step p
				where p.version = s.protocol_version and p.code = s.code and s.incident_id = :id and p.anchor = :anchor
				  and s.anchor_at is null
				returning s.code
				""").param("at", utc(at)).param("id", id.value()).param("anchor", anchor.name()).query(String.class)
			.list();
		return steps(id).stream().filter(step -> started.contains(step.code())).toList();
	}

	/** Marks the step done unless it already is; true when this call did it. */
	public boolean complete(IncidentId id, String code, Instant at, String by, OfficerId officer, OfficerId recorder) {
		return jdbc.sql("""
				update incident_step set status = 'DONE', done_at = :at, done_by = :by, done_by_officer = :officer,
										 recorded_by_officer = :recorder
				where incident_id = :id and code = :code and status <> 'DONE'
				""").param("at", utc(at)).param("by", by).param("officer", officer == null ? null : officer.value())
			.param("recorder", recorder == null ? null : recorder.value())
			.param("id", id.value()).param("code", code).update() == 1;
	}

	/** Names the officer who really performed a done step, after an approved amendment of its timeline entry. */
	public void reattribute(IncidentId id, String code, OfficerId performer) {
		jdbc.sql(
				"update incident_step set done_by_officer = :officer where incident_id = :id and code = :code and status = 'DONE'")
			.param("officer", performer.value()).param("id", id.value()).param("code", code).update();
	}

	/** Marks an undone step late; true when this call did it. */
	public boolean markLate(IncidentId id, String code) {
		return jdbc.sql(
				"update incident_step set status = 'LATE' where incident_id = :id and code = :code and status = 'OPEN'")
			.param("id", id.value()).param("code", code).update() == 1;
	}

	Optional<StepStatus> stepStatusForUpdate(IncidentId id, String code) {
		return jdbc.sql("select status from incident_step where incident_id = :id and code = :code for update")
			.param("id", id.value()).param("code", code).query(String.class).optional().map(StepStatus::valueOf);
	}

	private static StepClock step(ResultSet rs, int row) throws SQLException {
		UUID officer = rs.getObject("done_by_officer", UUID.class);
		return new StepClock(rs.getString("code"), rs.getInt("position"), rs.getString("title"),
				Role.valueOf(rs.getString("acting_role")),
				Anchor.valueOf(rs.getString("anchor")), Duration.ofSeconds(rs.getInt("deadline_seconds")),
				rs.getString("source"),
				instant(rs.getTimestamp("anchor_at")), instant(rs.getTimestamp("due_at")),
				StepStatus.valueOf(rs.getString("status")),
				instant(rs.getTimestamp("done_at")), rs.getString("done_by"),
				officer == null ? null : new OfficerId(officer));
	}
}
