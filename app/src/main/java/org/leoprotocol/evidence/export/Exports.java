package org.leoprotocol.evidence.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.leoprotocol.evidence.EvidenceExport;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.ExportState;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.shared.phrase.Sentence;

/** Exports and their progress. */
@Repository
public class Exports {

	private final JdbcClient jdbc;

	public Exports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(EvidenceExport export) {
		jdbc.sql(
				"""
						insert into evidence_export (id, code, evidence_id, recipient, purpose, requested_by, requested_at, state, progress,
						                             progress_at)
						values (:id, :code, :evidence, :recipient, :purpose, :by, :at, 'RUNNING', 0, :at)
						""")
			.param("id", export.id()).param("code", export.code()).param("evidence", export.evidence().value())
			.param("recipient", export.recipient()).param("purpose", export.purpose()).param("by", export.requestedBy())
			.param("at", EvidenceItems.at(export.requestedAt())).update();
	}

	public void progress(UUID id, int percent, Instant at) {
		jdbc.sql("update evidence_export set progress = :p, progress_at = :at where id = :id and state = 'RUNNING'")
			.param("p", percent).param("at", EvidenceItems.at(at)).param("id", id).update();
	}

	/** Marks every running export that made no progress since {@code before} as failed; returns how many. */
	public int failStalled(Instant before, Sentence reason) {
		return jdbc.sql(
				"update evidence_export set state = 'FAILED', failure = :reason where state = 'RUNNING' and progress_at < :before")
			.param("reason", reason.stored()).param("before", EvidenceItems.at(before)).update();
	}

	public void ready(UUID id, String mediaType, String sha256, long size, String key) {
		jdbc.sql(
				"""
						update evidence_export set state = 'READY', progress = 100, media_type = :type, sha256 = :sha, size_bytes = :size,
						       storage_key = :key where id = :id and state = 'RUNNING'
						""")
			.param("type", mediaType).param("sha", sha256).param("size", size).param("key", key).param("id", id)
			.update();
	}

	public void failed(UUID id, Sentence reason) {
		jdbc.sql("update evidence_export set state = 'FAILED', failure = :reason where id = :id")
			.param("reason", reason.stored())
			.param("id", id).update();
	}

	public Optional<EvidenceExport> find(UUID id) {
		return jdbc.sql("select * from evidence_export where id = :id").param("id", id).query(Exports::export)
			.optional();
	}

	public Optional<EvidenceExport> byCode(String code) {
		return jdbc.sql("select * from evidence_export where code = :code").param("code", code).query(Exports::export)
			.optional();
	}

	public List<EvidenceExport> bySha(String sha256) {
		return jdbc.sql("select * from evidence_export where sha256 = :sha").param("sha", sha256).query(Exports::export)
			.list();
	}

	public List<EvidenceExport> of(EvidenceId evidence) {
		return jdbc.sql("select * from evidence_export where evidence_id = :id order by requested_at")
			.param("id", evidence.value())
			.query(Exports::export).list();
	}

	public List<EvidenceExport> ready() {
		return jdbc.sql("select * from evidence_export where state = 'READY' order by requested_at")
			.query(Exports::export).list();
	}

	private static EvidenceExport export(ResultSet rs, int row) throws SQLException {
		return new EvidenceExport(rs.getObject("id", UUID.class), rs.getString("code"),
				new EvidenceId(rs.getObject("evidence_id", UUID.class)), rs.getString("recipient"),
				rs.getString("purpose"),
				rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
				ExportState.valueOf(rs.getString("state")), rs.getInt("progress"), rs.getString("media_type"),
				rs.getString("sha256"), rs.getObject("size_bytes", Long.class), rs.getString("storage_key"),
				rs.getString("failure"));
	}
}
