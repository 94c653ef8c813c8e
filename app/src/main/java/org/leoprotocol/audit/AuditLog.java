package org.leoprotocol.audit;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.leoprotocol.shared.SpreadsheetSafe;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail for administrators: a page of results on screen, or every match as CSV. */
@Component
class AuditLog {

	private static final String COLUMNS = """
			select position, id, occurred_at, actor, actor_kind, action, component, record_type, record_id, outcome,
			       source_address, detail
			from audit_event
			""";
	static final String[] CSV_HEADER = { "position", "id", "occurred_at", "actor", "actor_kind", "action", "component",
			"record_type", "record_id", "outcome", "source_address", "detail", "detail_said" };

	private final JdbcClient jdbc;
	private final MessageSource messages;

	AuditLog(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	List<TrailEntry> search(AuditQuery query) {
		Map<String, Object> params = new HashMap<>();
		String sql = COLUMNS + query.where(params) + " order by position desc limit " + AuditQuery.PAGE_SIZE;
		return jdbc.sql(sql).params(params).query(AuditLog::entry).list();
	}

	/**
	 * Every match as CSV: each column as stored, so the export is checked against the hash chain as it is, and last the
	 * detail said in the downloader's language ({@code detail_said}).
	 */
	@Transactional(readOnly = true)
	void exportCsv(AuditQuery query, Writer out, Locale locale) throws IOException {
		Map<String, Object> params = new HashMap<>();
		String sql = COLUMNS + query.where(params) + " order by position";
		CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get().print(out);
		try (Stream<TrailEntry> entries = jdbc.sql(sql).params(params).withFetchSize(1000).query(AuditLog::entry)
			.stream()) {
			for (var it = entries.iterator(); it.hasNext();) {
				TrailEntry e = it.next();
				csv.printRecord(e.position(), e.record().id(), e.record().occurredAt(),
						SpreadsheetSafe.cell(e.record().actor()),
						e.record().actorKind(), e.record().action(), e.record().component(),
						SpreadsheetSafe.cell(e.record().record().type()),
						SpreadsheetSafe.cell(e.record().record().id()),
						e.record().outcome(), e.record().sourceAddress(), SpreadsheetSafe.cell(e.record().detail()),
						SpreadsheetSafe.cell(AuditDetails.said(e.record().detail(), messages, locale)));
			}
		}
		csv.flush();
	}

	private static TrailEntry entry(ResultSet rs, int row) throws SQLException {
		return new TrailEntry(rs.getLong("position"),
				new AuditRecord(rs.getObject("id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
						rs.getString("actor"), ActorKind.valueOf(rs.getString("actor_kind")),
						AuditAction.valueOf(rs.getString("action")), rs.getString("component"),
						new RecordReference(rs.getString("record_type"), rs.getString("record_id")),
						Outcome.valueOf(rs.getString("outcome")), rs.getString("source_address"),
						rs.getString("detail")));
	}
}
