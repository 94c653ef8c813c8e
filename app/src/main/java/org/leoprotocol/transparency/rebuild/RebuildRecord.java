package org.leoprotocol.transparency.rebuild;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last rebuild as the database keeps it for every node ({@code transparency_rebuild}, one row). Each write commits
 * on its own, outside the rebuild's long transaction, so that a page on any node sees the progress as it is made.
 */
@Component
class RebuildRecord {

	private final JdbcClient jdbc;
	private final TransactionTemplate own;

	RebuildRecord(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The last rebuild, running or ended; empty if none ever ran. */
	Optional<RebuildJobs.Status> last() {
		return jdbc.sql("""
				select running, step, replayed, started_by, started_at, finished_at, failure
				from transparency_rebuild where id = 1
				""").query((rs, row) -> new RebuildJobs.Status(rs.getBoolean("running"),
				RebuildStep.valueOf(rs.getString("step")), rs.getLong("replayed"), rs.getString("started_by"),
				rs.getTimestamp("started_at").toInstant(),
				rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
				rs.getString("failure")))
			.optional();
	}

	/** A rebuild starts: the row of the one before is replaced. */
	void begin(String startedBy, Instant at) {
		own.executeWithoutResult(tx -> jdbc.sql("""
				insert into transparency_rebuild (id, running, step, replayed, started_by, started_at, finished_at,
				                                  failure, updated_at)
				values (1, true, 'STARTING', 0, :by, :at, null, null, :at)
				on conflict (id) do update set running = true, step = 'STARTING', replayed = 0, started_by = :by,
				                               started_at = :at, finished_at = null, failure = null, updated_at = :at
				""").param("by", startedBy).param("at", utc(at)).update());
	}

	/** The running rebuild reached {@code step} with {@code replayed} events replayed. */
	void progress(RebuildStep step, long replayed, Instant at) {
		own.executeWithoutResult(tx -> jdbc.sql("""
				update transparency_rebuild set step = :step, replayed = :replayed, updated_at = :at
				where id = 1 and running
				""").param("step", step.name()).param("replayed", replayed).param("at", utc(at)).update());
	}

	/** The rebuild ended as {@code step} says, with why it failed if it did. */
	void end(RebuildStep step, Long replayed, String failure, Instant at) {
		own.executeWithoutResult(tx -> jdbc
			.sql("""
					update transparency_rebuild set running = false, step = :step,
					                                replayed = coalesce(cast(:replayed as bigint), replayed), finished_at = :at,
					                                failure = :failure, updated_at = :at
					where id = 1 and running
					""")
			.param("step", step.name()).param("replayed", replayed).param("failure", failure)
			.param("at", utc(at)).update());
	}

	private static java.time.OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
