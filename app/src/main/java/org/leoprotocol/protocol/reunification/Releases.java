package org.leoprotocol.protocol.reunification;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.DecisionKind;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.Recognition;
import org.leoprotocol.protocol.incident.Incidents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Verified releases and recorded decisions, append-only. */
@Repository
public class Releases {

	private final JdbcClient jdbc;

	Releases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(IncidentId incident, ReleaseVerification v, Instant releasedAt, String recordedBy) {
		jdbc.sql(
				"""
						insert into release_verification (id, incident_id, claimant_name, relationship, document_type, document_issuer,
							document_last_four, photo_matches, recognition, recognition_note, custody_clear, authorisation_source,
							verifying_officer_id, confirming_officer_id, released_at, recorded_by)
						values (:id, :incident, :claimant, :relationship, :docType, :issuer, :lastFour, :photo, :recognition, :note,
							:custody, :source, :verifier, :confirmer, :at, :by)
						""")
			.param("id", UUID.randomUUID()).param("incident", incident.value())
			.param("claimant", v.claimantName().strip())
			.param("relationship", v.relationship().strip()).param("docType", v.document().type())
			.param("issuer", v.document().issuer()).param("lastFour", v.document().lastFour())
			.param("photo", v.photoMatches()).param("recognition", v.recognition().name())
			.param("note", v.recognitionNote()).param("custody", v.custodyClear())
			.param("source", v.authorisationSource().strip()).param("verifier", v.verifyingOfficer().value())
			.param("confirmer", v.confirmingOfficer() == null ? null : v.confirmingOfficer().value())
			.param("at", Incidents.utc(releasedAt)).param("by", recordedBy)
			.update();
	}

	Optional<VerifiedRelease> of(IncidentId incident) {
		return jdbc.sql("""
				select claimant_name, relationship, document_type, document_issuer, document_last_four, photo_matches,
					   recognition, recognition_note, custody_clear, authorisation_source, verifying_officer_id,
					   confirming_officer_id, released_at, recorded_by
				from release_verification where incident_id = :incident
				""").param("incident", incident.value()).query((rs, row) -> {
			UUID confirmer = rs.getObject("confirming_officer_id", UUID.class);
			return new VerifiedRelease(
					new ReleaseVerification(rs.getString("claimant_name"), rs.getString("relationship"),
							new IdentityDocument(rs.getString("document_type"), rs.getString("document_issuer"),
									rs.getString("document_last_four")),
							rs.getBoolean("photo_matches"), Recognition.valueOf(rs.getString("recognition")),
							rs.getString("recognition_note"), rs.getBoolean("custody_clear"),
							rs.getString("authorisation_source"),
							new OfficerId(rs.getObject("verifying_officer_id", UUID.class)),
							confirmer == null ? null : new OfficerId(confirmer)),
					Incidents.instant(rs.getTimestamp("released_at")), rs.getString("recorded_by"));
		}).optional();
	}

	public void insertDecision(IncidentId incident, DecisionKind decision, String reason, Instant at, String by) {
		jdbc.sql("""
				insert into incident_decision (id, incident_id, decision, reason, decided_at, decided_by)
				values (:id, :incident, :decision, :reason, :at, :by)
				""").param("id", UUID.randomUUID()).param("incident", incident.value())
			.param("decision", decision.name())
			.param("reason", reason).param("at", Incidents.utc(at)).param("by", by).update();
	}

	java.util.List<Decision> decisions(IncidentId incident) {
		return jdbc.sql(
				"select decision, reason, decided_at, decided_by from incident_decision where incident_id = :incident order by decided_at")
			.param("incident", incident.value())
			.query((rs, row) -> new Decision(DecisionKind.valueOf(rs.getString(1)), rs.getString(2),
					Incidents.instant(rs.getTimestamp(3)), rs.getString(4)))
			.list();
	}
}
