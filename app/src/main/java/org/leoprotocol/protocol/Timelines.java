package org.leoprotocol.protocol;

import java.util.List;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only timelines of incidents; the table refuses UPDATE, DELETE and TRUNCATE. */
@Repository
class Timelines {

	private final JdbcClient jdbc;

	Timelines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(IncidentId incident, TimelineEntry entry) {
		append(incident, entry, "LEO");
	}

	/** Appends an entry taken from the department's computer-aided dispatch system, marked as such. */
	void appendFromCad(IncidentId incident, TimelineEntry entry) {
		append(incident, entry, "CAD");
	}

	private void append(IncidentId incident, TimelineEntry entry, String provenance) {
		jdbc.sql("""
				insert into incident_event (incident_id, occurred_at, recorded_at, type, officer_id, device_id, step_code,
											detail, recorded_by, provenance)
				values (:incident, :occurred, :recorded, :type, :officer, :device, :step, :detail, :by, :provenance)
				""")
				.param("incident", incident.value()).param("occurred", Incidents.utc(entry.occurredAt()))
				.param("recorded", Incidents.utc(entry.recordedAt())).param("type", entry.type().name())
				.param("officer", entry.officer() == null ? null : entry.officer().value())
				.param("device", entry.deviceId()).param("step", entry.stepCode()).param("detail", entry.detail())
				.param("by", entry.recordedBy()).param("provenance", provenance)
				.update();
	}

	/** The timeline in the order things happened (ties in the order Leo learned of them). */
	List<TimelineEntry> of(IncidentId incident) {
		return jdbc.sql("""
				select occurred_at, type, officer_id, device_id, step_code, detail, recorded_by, recorded_at
				from incident_event where incident_id = :incident order by occurred_at, position
				""")
				.param("incident", incident.value())
				.query((rs, row) -> {
					UUID officer = rs.getObject("officer_id", UUID.class);
					return new TimelineEntry(Incidents.instant(rs.getTimestamp("occurred_at")),
							TimelineEventType.valueOf(rs.getString("type")), officer == null ? null : new OfficerId(officer),
							rs.getString("device_id"), rs.getString("step_code"), rs.getString("detail"),
							rs.getString("recorded_by"), Incidents.instant(rs.getTimestamp("recorded_at")));
				})
				.list();
	}
}
