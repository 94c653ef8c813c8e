package org.leoprotocol.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.evidence.EvidenceItem.Recording;
import org.leoprotocol.personnel.OfficerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploads in progress: who started them and what they declared. */
@Repository
class Uploads {

	private final JdbcClient jdbc;

	Uploads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, NewUpload upload, String createdBy, Instant at) {
		Recording r = upload.recording();
		jdbc.sql("""
				insert into evidence_upload (id, created_by, created_at, kind, file_name, declared_size, declared_sha256, device,
				                             officer_id, recorded_from, recorded_to, location, case_reference, incident_reference)
				values (:id, :by, :at, :kind, :name, :size, :sha, :device, :officer, :from, :to, :location, :caseRef, :incidentRef)
				""")
			.param("id", id).param("by", createdBy).param("at", EvidenceItems.at(at)).param("kind", upload.kind().name())
			.param("name", upload.fileName()).param("size", upload.declaredSize()).param("sha", upload.declaredSha256())
			.param("device", r.device()).param("officer", r.officer() == null ? null : r.officer().value())
			.param("from", EvidenceItems.at(r.from())).param("to", EvidenceItems.at(r.to())).param("location", r.location())
			.param("caseRef", upload.caseReference()).param("incidentRef", upload.incidentReference()).update();
	}

	Optional<Upload> find(UUID id) {
		return jdbc.sql("select * from evidence_upload where id = :id").param("id", id).query(Uploads::upload).optional();
	}

	void completed(UUID id, EvidenceId evidence) {
		jdbc.sql("update evidence_upload set evidence_id = :evidence where id = :id").param("evidence", evidence.value())
			.param("id", id).update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from evidence_upload where id = :id").param("id", id).update();
	}

	private static Upload upload(ResultSet rs, int row) throws SQLException {
		UUID officer = rs.getObject("officer_id", UUID.class);
		UUID evidence = rs.getObject("evidence_id", UUID.class);
		NewUpload declared = new NewUpload(EvidenceKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
				rs.getLong("declared_size"), rs.getString("declared_sha256"),
				new Recording(rs.getString("device"), officer == null ? null : new OfficerId(officer),
						EvidenceItems.instant(rs.getTimestamp("recorded_from")),
						EvidenceItems.instant(rs.getTimestamp("recorded_to")), rs.getString("location")),
				rs.getString("case_reference"), rs.getString("incident_reference"));
		return new Upload(rs.getObject("id", UUID.class), declared, rs.getString("created_by"),
				evidence == null ? null : new EvidenceId(evidence));
	}

	/** An upload as declared, and the item it became once complete. */
	record Upload(UUID id, NewUpload declared, String createdBy, EvidenceId evidence) {
	}
}
