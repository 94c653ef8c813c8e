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
		return jdbc.sql("""
				select id, kind, officer_id, measured_seconds, summary, recorded_at from protocol_finding
				where incident_id = :incident order by recorded_at, kind
				""").param("incident", incident.value()).query((rs, row) -> {
					UUID officer = rs.getObject("officer_id", UUID.class);
					Long seconds = rs.getObject("measured_seconds", Long.class);
					return new ProtocolFinding(rs.getObject("id", UUID.class), incident, FindingKind.valueOf(rs.getString("kind")),
							officer == null ? null : new OfficerId(officer), seconds == null ? null : Duration.ofSeconds(seconds),
							rs.getString("summary"), Incidents.instant(rs.getTimestamp("recorded_at")));
				}).list();
	}
}
