package org.leoprotocol.transparency.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.leoprotocol.transparency.Addition;
import org.leoprotocol.transparency.PublicationGate;
import org.leoprotocol.transparency.PublishedTable;
import org.leoprotocol.transparency.Rollup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the portal's aggregate tables: adds to a count cell and all its totals ({@link Rollup}), remembers the ids
 * that link later events to earlier ones, and notes when each published table last changed. Table and column names come
 * from constants in this module, never from a request.
 */
@Repository
public class ReadModels {

	private final JdbcClient jdbc;
	@SuppressWarnings("ThreadLocalUsage") // a singleton bean; per instance so two application contexts in one JVM stay
											// apart
	private final ThreadLocal<Deferred> deferred = new ThreadLocal<>();

	ReadModels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Lets the current transaction commit without waiting for its write-ahead log to reach the disk. Everything here is
	 * derived from events, and nothing is lost by it: the event's publication is marked complete in the same
	 * transaction or a later one, and PostgreSQL flushes its log in order, so after a crash either both the counts and
	 * the completion survive or the event is still incomplete and is delivered again at restart. In exchange the hot
	 * total rows (every complaint adds to "all years, all units") are locked for microseconds instead of a disk flush.
	 */
	public void commitWithoutWaitingForDisk() {
		jdbc.sql("set local synchronous_commit = off").update();
	}

	/** True the first time a key is seen: an event delivered again is not counted twice. */
	public boolean firstDelivery(String eventKey) {
		return jdbc.sql("insert into transparency_counted_events (event_key) values (?) on conflict do nothing")
			.param(eventKey).update() == 1;
	}

	/**
	 * Adds one event's counts to a table: the cells first, each noting how much of it became or stopped being
	 * suppressed, then every total with that change to its sum of suppressed cells beneath. Rows are locked in the
	 * {@link Addition}'s fixed order. The cell's row lock is held to the end of the transaction, so its value before
	 * this event is exactly the value after it less the amount. While this thread defers ({@link #deferring()}), the
	 * addition is merged with the others to the same table and written at the next {@link #flush()}.
	 */
	public void apply(Addition addition) {
		Deferred deferred = this.deferred.get();
		if (deferred != null) {
			deferred.additions.merge(addition.table() + "/" + addition.measure(), addition, (into, more) -> {
				into.merge(more);
				return into;
			});
			return;
		}
		write(addition);
	}

	private void write(Addition addition) {
		String columns = String.join(", ", addition.keyColumns());
		String placeholders = String.join(", ", Collections.nCopies(addition.keyColumns().size() + 1, "?"));
		String table = addition.table();
		String measure = addition.measure();
		String cellSql = "insert into " + table + " (" + columns + ", " + measure + ") values (" + placeholders
				+ ") on conflict ("
				+ columns + ") do update set " + measure + " = " + table + "." + measure + " + excluded." + measure
				+ " returning " + measure;
		Map<List<Object>, Long> suppressedChange = new HashMap<>();
		addition.cells().forEach((key, amount) -> {
			long after = jdbc.sql(cellSql).params(values(key, amount)).query(Long.class).single();
			long change = PublicationGate.withheld(after) - PublicationGate.withheld(after - amount);
			if (change != 0 && addition.suppressedColumn() != null) {
				Addition.totalsAbove(key).forEach(total -> suppressedChange.merge(total, change, Long::sum));
			}
		});
		if (addition.suppressedColumn() == null) {
			String totalSql = cellSql.substring(0, cellSql.indexOf(" returning "));
			addition.totals().forEach((key, amount) -> jdbc.sql(totalSql).params(values(key, amount)).update());
			return;
		}
		String suppressed = addition.suppressedColumn();
		String totalSql = "insert into " + table + " (" + columns + ", " + measure + ", " + suppressed + ") values ("
				+ placeholders
				+ ", ?) on conflict (" + columns + ") do update set " + measure + " = " + table + "." + measure
				+ " + excluded." + measure
				+ ", " + suppressed + " = " + table + "." + suppressed + " + excluded." + suppressed;
		suppressedChange.keySet().forEach(key -> addition.total(key, 0));
		addition.totals().forEach((key, amount) -> {
			List<Object> values = values(key, amount);
			values.add(suppressedChange.getOrDefault(key, 0L));
			jdbc.sql(totalSql).params(values).update();
		});
	}

	/**
	 * From now until {@link #stopDeferring()}, this thread's additions and table updates are held and written merged at
	 * each {@link #flush()}. For a rebuild, which replays a whole history in one transaction: written event by event,
	 * the hot totals (all years, all units) would be updated a million times in one transaction, and PostgreSQL cannot
	 * prune a row's versions before the transaction ends, so each update would walk a longer chain.
	 */
	public void deferring() {
		deferred.set(new Deferred());
	}

	/** Writes what this thread has deferred, in a fixed order of tables. */
	public void flush() {
		Deferred pending = deferred.get();
		if (pending == null) {
			return;
		}
		new TreeMap<>(pending.additions).values().forEach(this::write);
		pending.additions.clear();
		pending.touched.forEach(this::write);
		pending.touched.clear();
	}

	public void stopDeferring() {
		try {
			flush();
		}
		finally {
			deferred.remove();
		}
	}

	/** What a deferring thread holds: additions per table and measure, and the latest update of each table. */
	private static final class Deferred {
		private final Map<String, Addition> additions = new HashMap<>();
		private final Map<PublishedTable, Instant> touched = new TreeMap<>();
	}

	private static List<Object> values(List<Object> key, long amount) {
		List<Object> values = new ArrayList<>(key);
		values.add(amount);
		return values;
	}

	public void touched(PublishedTable table, Instant at) {
		Deferred pending = deferred.get();
		if (pending != null) {
			pending.touched.merge(table, at, (a, b) -> a.isAfter(b) ? a : b);
			return;
		}
		write(table, at);
	}

	private void write(PublishedTable table, Instant at) {
		jdbc.sql(
				"""
						insert into transparency_table_updates (table_name, updated_at) values (?, ?)
						on conflict (table_name) do update set updated_at = greatest(transparency_table_updates.updated_at, excluded.updated_at)
						""")
			.params(table.fileName(), Timestamp.from(at)).update();
	}

	public Optional<Instant> lastUpdate(PublishedTable table) {
		return jdbc.sql("select updated_at from transparency_table_updates where table_name = ?")
			.param(table.fileName())
			.query(Timestamp.class).optional().map(Timestamp::toInstant);
	}

	public void receipt(UUID complaint, Instant receivedAt) {
		jdbc.sql(
				"insert into transparency_complaint_receipts (complaint_id, received_at) values (?, ?) on conflict do nothing")
			.params(complaint, Timestamp.from(receivedAt)).update();
	}

	public void origin(UUID investigation, UUID complaint) {
		jdbc.sql(
				"insert into transparency_case_origins (investigation_id, complaint_id) values (?, ?) on conflict do nothing")
			.params(investigation, complaint).update();
	}

	/** When the complaint a case came from was received; empty for a case opened internally. */
	public Optional<Instant> receivedAt(UUID investigation) {
		return jdbc.sql("""
				select r.received_at from transparency_case_origins o
				join transparency_complaint_receipts r on r.complaint_id = o.complaint_id where o.investigation_id = ?
				""").param(investigation).query(Timestamp.class).optional().map(Timestamp::toInstant);
	}

	public static int year(Instant at) {
		return at.atOffset(ZoneOffset.UTC).getYear();
	}
}
