package org.leoprotocol.evidence.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.CustodyEvent;
import org.leoprotocol.evidence.EvidenceId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The custody_event table: plain inserts in batches, never an update (the database refuses them). */
@Repository
public class CustodyEvents {

	private static final String COLUMNS = "select position, id, occurred_at, evidence_id, action, actor, detail from custody_event ";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	public CustodyEvents(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Serializes appenders across all nodes until the transaction ends, then returns the next free position. */
	long lockAndNextPosition() {
		template.execute("select pg_advisory_xact_lock(6962)");
		return jdbc.sql("select coalesce(max(position) + 1, 0) from custody_event").query(Long.class).single();
	}

	public void insert(List<CustodyEvent> events) {
		template.batchUpdate("""
				insert into custody_event (position, id, occurred_at, evidence_id, action, actor, detail, leaf_hash)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""", events, events.size(), (statement, event) -> {
			statement.setLong(1, event.position());
			statement.setObject(2, event.id());
			statement.setObject(3, event.occurredAt().atOffset(ZoneOffset.UTC));
			statement.setObject(4, event.evidenceId().value());
			statement.setString(5, event.action().name());
			statement.setString(6, event.actor());
			statement.setString(7, event.detail());
			statement.setBytes(8, event.leafHash());
		});
	}

	List<CustodyEvent> of(EvidenceId evidence) {
		return jdbc.sql(COLUMNS + "where evidence_id = :id order by position").param("id", evidence.value())
			.query(CustodyEvents::event).list();
	}

	CustodyEvent at(long position) {
		return jdbc.sql(COLUMNS + "where position = :position").param("position", position).query(CustodyEvents::event)
			.optional().orElseThrow(() -> new java.util.NoSuchElementException("The ledger has no event " + position));
	}

	/** Up to {@code limit} stored leaf hashes from {@code position} on, in order, to extend a tree. */
	List<byte[]> leafHashesFrom(long position, int limit) {
		return template.query("select leaf_hash from custody_event where position >= ? order by position limit ?",
				(rs, row) -> rs.getBytes(1), position, limit);
	}

	/**
	 * Every event with its stored leaf hash, in order, for a full re-check. Times travel as microseconds since the
	 * epoch, which is exact and far cheaper to decode than a timestamp.
	 */
	public Stream<Stored> everything() {
		return jdbc
			.sql("""
					select position, id, (extract(epoch from occurred_at) * 1000000)::bigint as micros, evidence_id, action, actor,
					       detail, leaf_hash
					from custody_event order by position
					""")
			.withFetchSize(10_000)
			.query((rs, row) -> {
				long micros = rs.getLong(3);
				return new Stored(new CustodyEvent(rs.getLong(1), rs.getObject(2, UUID.class),
						Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000),
								Math.floorMod(micros, 1_000_000) * 1000L),
						new EvidenceId(rs.getObject(4, UUID.class)), CustodyAction.valueOf(rs.getString(5)),
						rs.getString(6),
						rs.getString(7)), rs.getBytes(8));
			}).stream();
	}

	static CustodyEvent event(ResultSet rs, int row) throws SQLException {
		Timestamp at = rs.getTimestamp("occurred_at");
		return new CustodyEvent(rs.getLong("position"), rs.getObject("id", UUID.class), at.toInstant(),
				new EvidenceId(rs.getObject("evidence_id", UUID.class)), CustodyAction.valueOf(rs.getString("action")),
				rs.getString("actor"), rs.getString("detail"));
	}

	/** An event as stored, with the leaf hash written beside it when it was appended. */
	@SuppressWarnings("ArrayRecordComponent") // the leaf hash as stored; compared with Arrays.equals by the verifier,
												// never by equals
	record Stored(CustodyEvent event, byte[] leafHash) {
	}
}
