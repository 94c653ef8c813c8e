package org.leoprotocol.protocol.finding;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.FindingKind;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.ProtocolFinding;
import org.leoprotocol.protocol.incident.Incidents;

import org.leoprotocol.shared.phrase.Sentence;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored findings, append-only, at most one current finding of each kind per incident. An approved amendment withdraws
 * a finding (a row in {@code protocol_finding_withdrawal}, never a deletion); the amended record's finding of that kind
 * is then stored as the next revision.
 */
@Repository
public class Findings {

	private static final String SELECT = "select id, incident_id, kind, officer_id, measured_seconds, summary, recorded_at from protocol_finding f";
	private static final String CURRENT = " not exists (select 1 from protocol_finding_withdrawal w where w.finding_id = f.id)";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	Findings(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** Stores the finding unless a current one of its kind exists for the incident; true when this call stored it. */
	boolean insertIfAbsent(ProtocolFinding finding) {
		return jdbc
			.sql("""
					insert into protocol_finding (id, incident_id, kind, officer_id, measured_seconds, summary, recorded_at, revision)
					select :id, :incident, :kind, :officer, :seconds, :summary, :at, count(*) from protocol_finding f
					where f.incident_id = :incident and f.kind = :kind
					having bool_and(exists (select 1 from protocol_finding_withdrawal w where w.finding_id = f.id)) is not false
					on conflict (incident_id, kind, revision) do nothing
					""")
			.param("id", finding.id()).param("incident", finding.incidentId().value())
			.param("kind", finding.kind().name())
			.param("officer", finding.officer() == null ? null : finding.officer().value())
			.param("seconds", finding.measured() == null ? null : finding.measured().toSeconds())
			.param("summary", finding.said().stored()).param("at", Incidents.utc(finding.recordedAt()))
			.update() == 1;
	}

	void withdraw(UUID finding, UUID amendment, Instant at) {
		withdraw(finding, amendment, null, at);
	}

	/** Withdraws a finding because body-camera footage (evidence item {@code evidence}) no longer supports it. */
	void withdrawForFootage(UUID finding, UUID evidence, Instant at) {
		withdraw(finding, null, evidence, at);
	}

	private void withdraw(UUID finding, UUID amendment, UUID evidence, Instant at) {
		jdbc.sql("""
				insert into protocol_finding_withdrawal (finding_id, amendment_id, evidence_id, withdrawn_at)
				values (:finding, :amendment, :evidence, :at)
				""")
			.param("finding", finding).param("amendment", amendment).param("evidence", evidence)
			.param("at", Incidents.utc(at))
			.update();
	}

	/** The incident's current findings (none withdrawn). */
	public List<ProtocolFinding> of(IncidentId incident) {
		return jdbc.sql(SELECT + " where incident_id = :incident and" + CURRENT + " order by recorded_at, kind")
			.param("incident", incident.value()).query(this::finding).list();
	}

	/** The incident's findings withdrawn by amendments, oldest first. */
	public List<ProtocolFinding> withdrawn(IncidentId incident) {
		return jdbc.sql(SELECT + " where incident_id = :incident and not" + CURRENT + " order by recorded_at, kind")
			.param("incident", incident.value()).query(this::finding).list();
	}

	public List<ProtocolFinding> against(OfficerId officer) {
		return jdbc.sql(SELECT + " where officer_id = :officer and" + CURRENT + " order by recorded_at, kind")
			.param("officer", officer.value()).query(this::finding).list();
	}

	/**
	 * A stored finding: its summary column keeps the sentence ({@code incident-finding.…|argument}); one a person or
	 * another system wrote in words is said as it was written.
	 */
	private ProtocolFinding finding(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String summary = rs.getString("summary");
		Sentence said = summary.startsWith("incident-finding.") ? Sentence.read(summary)
				: Sentence.ofText("incident-finding.as-written", summary);
		UUID officer = rs.getObject("officer_id", UUID.class);
		Long seconds = rs.getObject("measured_seconds", Long.class);
		return new ProtocolFinding(rs.getObject("id", UUID.class),
				new IncidentId(rs.getObject("incident_id", UUID.class)),
				FindingKind.valueOf(rs.getString("kind")), officer == null ? null : new OfficerId(officer),
				seconds == null ? null : Duration.ofSeconds(seconds), messages.getMessage(said, Locale.ENGLISH),
				Incidents.instant(rs.getTimestamp("recorded_at")), said);
	}
}
