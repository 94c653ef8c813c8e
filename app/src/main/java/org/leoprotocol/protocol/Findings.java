package org.leoprotocol.protocol;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored findings, append-only, at most one of each kind per incident. */
@Repository
class Findings {

	private final JdbcClient jdbc;

	Findings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean insertIfAbsent(ProtocolFinding finding) {
		return jdbc.sql("""
				insert into protocol_finding (id, incident_id, kind, officer_id, measured_seconds, summary, recorded_at)
				values (:id, :incident, :kind, :officer, :seconds, :summary, :at)
				on conflict (incident_id, kind) do nothing
				""")
				.param("id", finding.id()).param("incident", finding.incidentId().value()).param("kind", finding.kind().name())
				.param("officer", finding.officer() == null ? null : finding.officer().value())
				.param("seconds", finding.measured() == null ? null : finding.measured().toSeconds())
				.param("summary", finding.summary()).param("at", Incidents.utc(finding.recordedAt()))
				.update() == 1;
	}

	List<ProtocolFinding> of(IncidentId incident) {
		return jdbc.sql(SELECT + " where incident_id = :incident order by recorded_at, kind").param("incident", incident.value())
			.query(Findings::finding).list();
	}

	List<ProtocolFinding> against(OfficerId officer) {
		return jdbc.sql(SELECT + " where officer_id = :officer order by recorded_at, kind").param("officer", officer.value())
			.query(Findings::finding).list();
	}

	private static ProtocolFinding finding(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		UUID officer = rs.getObject("officer_id", UUID.class);
		Long seconds = rs.getObject("measured_seconds", Long.class);
		return new ProtocolFinding(rs.getObject("id", UUID.class), new IncidentId(rs.getObject("incident_id", UUID.class)),
				FindingKind.valueOf(rs.getString("kind")), officer == null ? null : new OfficerId(officer),
				seconds == null ? null : Duration.ofSeconds(seconds), rs.getString("summary"), Incidents.instant(rs.getTimestamp("recorded_at")));
	}

	private static final String SELECT = "select id, incident_id, kind, officer_id, measured_seconds, summary, recorded_at from protocol_finding";
}
