package org.leoprotocol.protocol.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.incident.Incidents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only timelines of incidents; the table refuses UPDATE, DELETE and TRUNCATE. Read back, an entry names the
 * performer of its latest approved amendment, if any, so every reader (gap analysis included) sees the amended record.
 */
@Repository
public class Timelines {

	private final JdbcClient jdbc;

	Timelines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void append(IncidentId incident, TimelineEntry entry) {
		append(incident, entry, "LEO");
	}

	/** Appends an entry taken from the department's computer-aided dispatch system, marked as such. */
	public void appendFromCad(IncidentId incident, TimelineEntry entry) {
		append(incident, entry, "CAD");
	}

	/**
	 * Appends an entry read from body-camera footage, naming the evidence item it came from; once per item and type, so
	 * a clip announced twice is entered once. Whether this call entered it.
	 */
	boolean appendFromFootage(IncidentId incident, TimelineEntry entry, UUID evidence) {
		return append(incident, entry, "FOOTAGE", evidence) == 1;
	}

	private int append(IncidentId incident, TimelineEntry entry, String provenance) {
		return append(incident, entry, provenance, null);
	}

	private int append(IncidentId incident, TimelineEntry entry, String provenance, UUID evidence) {
		return jdbc
			.sql("""
					insert into incident_event (incident_id, occurred_at, recorded_at, type, officer_id, device_id, step_code,
												detail, recorded_by, provenance, recorded_by_officer, evidence_id)
					values (:incident, :occurred, :recorded, :type, :officer, :device, :step, :detail, :by, :provenance, :byOfficer,
							:evidence)
					on conflict (incident_id, evidence_id, type) where evidence_id is not null do nothing
					""")
			.param("incident", incident.value()).param("occurred", Incidents.utc(entry.occurredAt()))
			.param("recorded", Incidents.utc(entry.recordedAt())).param("type", entry.type().name())
			.param("officer", value(entry.officer()))
			.param("device", entry.deviceId()).param("step", entry.stepCode()).param("detail", entry.detail())
			.param("by", entry.recordedBy()).param("provenance", provenance)
			.param("byOfficer", value(entry.recordedByOfficer())).param("evidence", evidence)
			.update();
	}

	/** The amended timeline in the order things happened (ties in the order Leo learned of them). */
	public List<TimelineEntry> of(IncidentId incident) {
		return jdbc
			.sql("""
					select e.position, e.occurred_at, e.type, e.officer_id, e.device_id, e.step_code, e.detail, e.recorded_by,
						   e.recorded_at, e.recorded_by_officer, e.provenance, a.performed_by
					from incident_event e
					left join lateral (
					  select m.performed_by from incident_amendment m join incident_amendment_approval p on p.amendment_id = m.id
					  where m.incident_id = e.incident_id and m.entry_position = e.position
					  order by p.approved_at desc, m.proposed_at desc limit 1) a on true
					where e.incident_id = :incident order by e.occurred_at, e.position
					""")
			.param("incident", incident.value())
			.query(Timelines::entry)
			.list();
	}

	private static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
		OfficerId recorded = officer(rs, "officer_id");
		OfficerId amended = officer(rs, "performed_by");
		boolean changed = amended != null && !amended.equals(recorded);
		return new TimelineEntry(Incidents.instant(rs.getTimestamp("occurred_at")),
				TimelineEventType.valueOf(rs.getString("type")), amended != null ? amended : recorded,
				rs.getString("device_id"), rs.getString("step_code"), rs.getString("detail"),
				rs.getString("recorded_by"),
				Incidents.instant(rs.getTimestamp("recorded_at")), officer(rs, "recorded_by_officer"),
				rs.getLong("position"),
				changed ? recorded : null, Provenance.valueOf(rs.getString("provenance")));
	}

	private static OfficerId officer(ResultSet rs, String column) throws SQLException {
		UUID id = rs.getObject(column, UUID.class);
		return id == null ? null : new OfficerId(id);
	}

	private static UUID value(OfficerId officer) {
		return officer == null ? null : officer.value();
	}
}
