package org.leoprotocol.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an administrator searches the audit trail for. Blank fields do not filter; dates are whole UTC days, both
 * inclusive. Results come newest first, a page at a time, continuing below {@code before}.
 */
record AuditQuery(String actor, AuditAction action, String recordType, String recordId, Outcome outcome,
		LocalDate from, LocalDate to, Long before) {

	static final int PAGE_SIZE = 50;

	String where(Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		add(conditions, params, "actor", actor, "actor = :actor");
		add(conditions, params, "action", action == null ? null : action.name(), "action = :action");
		add(conditions, params, "recordType", recordType, "record_type = :recordType");
		add(conditions, params, "recordId", recordId, "record_id = :recordId");
		add(conditions, params, "outcome", outcome == null ? null : outcome.name(), "outcome = :outcome");
		add(conditions, params, "from",
				from == null ? null : from.atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime(),
				"occurred_at >= :from");
		add(conditions, params, "to",
				to == null ? null : to.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime(),
				"occurred_at < :to");
		add(conditions, params, "before", before, "position < :before");
		return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
	}

	/** The criteria as the administrator gave them, for the audit record of the search itself. */
	String describe() {
		Map<String, Object> given = new LinkedHashMap<>();
		given.put("actor", actor == null ? null : actor.strip());
		given.put("action", action);
		given.put("recordType", recordType == null ? null : recordType.strip());
		given.put("recordId", recordId == null ? null : recordId.strip());
		given.put("outcome", outcome);
		given.put("from", from);
		given.put("to", to);
		given.values().removeIf(value -> value == null || value.toString().isBlank());
		return given.isEmpty() ? "all" : given.toString();
	}

	private static void add(List<String> conditions, Map<String, Object> params, String name, Object value,
			String sql) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			return;
		}
		params.put(name, value instanceof String text ? text.strip() : value);
		conditions.add(sql);
	}
}
