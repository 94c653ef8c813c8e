package org.leoprotocol.earlywarning.history.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import jobs of the whole cluster ({@code ew_import_job}). Times of heartbeats are the database's, so the nodes'
 * own clocks need not agree: a running job whose node has not beaten for {@link #SILENT} belonged to a node that
 * stopped, and the first node to read it marks it failed, saying so ({@value #INTERRUPTED}).
 */
@Repository
class ImportJobRecords {

	/** How long a running job's node may stay silent before the job is taken for interrupted. */
	static final Duration SILENT = Duration.ofMinutes(3);

	/** The import stopped: the node running it ({0}) stopped before it finished. */
	static final String INTERRUPTED = "historyimport.job.interrupted";

	private final JdbcClient jdbc;
	private final RejectedRows rows;

	ImportJobRecords(JdbcClient jdbc, RejectedRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	void start(UUID id, String mapping, String files, long size, String startedBy, Instant at, String node) {
		jdbc.sql("""
				insert into ew_import_job (id, mapping, file_names, size_bytes, started_by, started_at, node, progress)
				values (:id, :mapping, :files, :size, :by, :at, :node, :progress)
				""").param("id", id).param("mapping", mapping).param("files", files).param("size", size)
			.param("by", startedBy).param("at", at.atOffset(ZoneOffset.UTC)).param("node", node)
			.param("progress", Sentence.of("historyimport.progress.waiting").stored()).update();
	}

	/** How far the node running the job has come; also a heartbeat. */
	void progress(UUID id, long bytesRead, Sentence line) {
		jdbc.sql("""
				update ew_import_job set bytes_read = :bytes, progress = :progress, heartbeat_at = now(),
				  updated_at = now()
				where id = :id and state = 'RUNNING'
				""").param("id", id).param("bytes", bytesRead).param("progress", line.stored()).update();
	}

	/** The node running these jobs (or holding them until the one before is done) is alive. */
	void beat(Collection<UUID> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("update ew_import_job set heartbeat_at = now() where id in (:ids) and state = 'RUNNING'")
				.param("ids", List.copyOf(ids)).update();
		}
	}

	void finish(UUID id, long bytesRead, Sentence line, HistoryImportReport report) {
		jdbc.sql("""
				update ew_import_job set state = 'DONE', bytes_read = :bytes, progress = :progress, failure = null,
				  agency = :agency, created = :created, changed = :changed, unchanged = :unchanged,
				  rejected = :rejected, officers = :officers, complaints = :complaints, file_problem = :file_problem,
				  refusal = cast(:refusal as jsonb), warned = cast(:warned as jsonb),
				  warnings = cast(:warnings as jsonb), unmapped = cast(:unmapped as jsonb),
				  heartbeat_at = now(), updated_at = now()
				where id = :id
				""").param("id", id).param("bytes", bytesRead).param("progress", line.stored())
			.params(StoredReport.columns(report)).update();
	}

	void fail(UUID id, Sentence line, Sentence why) {
		jdbc.sql("""
				update ew_import_job set state = 'FAILED', progress = :progress, failure = :failure,
				  heartbeat_at = now(), updated_at = now()
				where id = :id
				""").param("id", id).param("progress", line.stored()).param("failure", why.stored()).update();
	}

	/** Marks failed every running job whose node has been silent too long, each naming its node. */
	void interruptSilent() {
		jdbc.sql("""
				select id, coalesce(node, '') from ew_import_job
				where state = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :seconds)
				""").param("seconds", SILENT.toSeconds())
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				return jdbc.sql("""
						update ew_import_job set state = 'FAILED', failure = :failure, updated_at = now()
						where id = :id and state = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :seconds)
						""").param("id", id).param("seconds", SILENT.toSeconds())
					.param("failure", Sentence.ofText(INTERRUPTED, rs.getString(2)).stored()).update();
			})
			.list();
	}

	/** The job, with the first rejected rows in its report. */
	Optional<ImportJob> find(UUID id) {
		return jdbc.sql("select * from ew_import_job where id = :id").param("id", id)
			.query((rs, n) -> job(rs, rows.listed(id))).optional();
	}

	/** The cluster's most recent jobs, newest first, their reports without rejected rows. */
	List<ImportJob> recent(int count) {
		return jdbc.sql("select * from ew_import_job order by started_at desc, id limit :count").param("count", count)
			.query((rs, n) -> job(rs, List.of())).list();
	}

	/** Deletes the finished jobs older than the {@code kept} most recent, with their rejected rows. */
	void forgetOlderThan(int kept) {
		jdbc.sql("""
				delete from ew_import_job where state <> 'RUNNING'
				  and id not in (select id from ew_import_job order by started_at desc, id limit :kept)
				""").param("kept", kept).update();
	}

	private static ImportJob job(ResultSet rs, List<HistoryImportReport.Problem> problems) throws SQLException {
		String failure = rs.getString("failure");
		return new ImportJob(rs.getObject("id", UUID.class), rs.getString("mapping"), rs.getString("file_names"),
				rs.getLong("size_bytes"), rs.getString("started_by"),
				rs.getObject("started_at", java.time.OffsetDateTime.class).toInstant(),
				ImportState.valueOf(rs.getString("state")), rs.getLong("bytes_read"),
				Sentence.read(rs.getString("progress")), StoredReport.read(rs, problems),
				failure == null ? null : Sentence.read(failure));
	}
}
