package org.leoprotocol.evidence.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.EvidenceKind;
import org.leoprotocol.evidence.NewUpload;
import org.leoprotocol.evidence.Recording;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.personnel.OfficerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploads in progress: who started them, what they declared, and how far they got: the bytes received, the state of
 * their SHA-256 after those bytes, the store's handle and the parts it holds. Every node reads and advances the same
 * row, and a chunk is counted only if the row still says where that chunk began (a compare-and-set), so two requests
 * racing with the same chunk cannot both count it.
 */
@Repository
public class Uploads {

	private final JdbcClient jdbc;

	Uploads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, NewUpload upload, String createdBy, Instant at, String handle, byte[] hashState) {
		Recording r = upload.recording();
		jdbc.sql(
				"""
						insert into evidence_upload (id, created_by, created_at, kind, file_name, declared_size, declared_sha256, device,
						                             officer_id, recorded_from, recorded_to, location, case_reference, incident_reference,
						                             store_handle, hash_state, last_activity_at)
						values (:id, :by, :at, :kind, :name, :size, :sha, :device, :officer, :from, :to, :location, :caseRef, :incidentRef,
						        :handle, :state, :at)
						""")
			.param("id", id).param("handle", handle).param("state", hashState).param("by", createdBy)
			.param("at", EvidenceItems.at(at)).param("kind", upload.kind().name())
			.param("name", upload.fileName()).param("size", upload.declaredSize()).param("sha", upload.declaredSha256())
			.param("device", r.device()).param("officer", r.officer() == null ? null : r.officer().value())
			.param("from", EvidenceItems.at(r.from())).param("to", EvidenceItems.at(r.to()))
			.param("location", r.location())
			.param("caseRef", upload.caseReference()).param("incidentRef", upload.incidentReference()).update();
	}

	public Optional<Upload> find(UUID id) {
		return jdbc.sql("select * from evidence_upload where id = :id").param("id", id).query(Uploads::upload)
			.optional();
	}

	/** Marks the upload complete; false when another request completed it first. */
	public boolean completed(UUID id, EvidenceId evidence) {
		return jdbc.sql("update evidence_upload set evidence_id = :evidence where id = :id and evidence_id is null")
			.param("evidence", evidence.value()).param("id", id).update() == 1;
	}

	/**
	 * Counts the bytes of a piece: from {@code from} received bytes to {@code progress.received()}, with the new hash
	 * state, a new part (when {@code tag} is set) or a new tail. False, and nothing changed, when the row no longer
	 * stands at {@code from}: another request got there first.
	 */
	public boolean advance(UUID id, long from, UploadProgress progress, String partTag, long partSize, Instant at) {
		int updated = jdbc
			.sql("""
					update evidence_upload set received_bytes = :to, hash_state = :state, part_count = :parts, tail_tag = :tail,
					       tail_bytes = :tailBytes, head = :head, last_activity_at = :at
					where id = :id and received_bytes = :from and evidence_id is null
					""")
			.param("id", id).param("from", from).param("to", progress.received()).param("state", progress.hashState())
			.param("parts", progress.parts()).param("tail", progress.tailTag()).param("tailBytes", progress.tailBytes())
			.param("head", progress.head()).param("at", EvidenceItems.at(at)).update();
		if (updated == 1 && partTag != null) {
			jdbc.sql(
					"insert into evidence_upload_part (upload_id, part_number, size_bytes, tag) values (:id, :n, :size, :tag)")
				.param("id", id).param("n", progress.parts()).param("size", partSize).param("tag", partTag).update();
		}
		return updated == 1;
	}

	/** The tags of an upload's parts, in order. */
	public List<String> partTags(UUID id) {
		return jdbc.sql("select tag from evidence_upload_part where upload_id = :id order by part_number")
			.param("id", id)
			.query(String.class).list();
	}

	/** Open uploads nobody has sent to since {@code before}: to be aborted. */
	public List<UUID> idleSince(Instant before, int limit) {
		return jdbc.sql("select id from evidence_upload where evidence_id is null and last_activity_at < :before"
				+ " order by last_activity_at limit :limit")
			.param("before", EvidenceItems.at(before)).param("limit", limit)
			.query(UUID.class).list();
	}

	public void delete(UUID id) {
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
		UploadProgress progress = new UploadProgress(rs.getLong("received_bytes"), rs.getBytes("hash_state"),
				rs.getInt("part_count"),
				rs.getString("tail_tag"), rs.getLong("tail_bytes"), rs.getBytes("head"));
		return new Upload(rs.getObject("id", UUID.class), declared, rs.getString("created_by"),
				evidence == null ? null : new EvidenceId(evidence), rs.getString("store_handle"), progress);
	}
}
