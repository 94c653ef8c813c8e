package org.leoprotocol.audit.web;

import java.util.List;

/**
 * The audit trail page: the filters as entered, a page of matching events, the position to continue from, and the
 * address of the CSV export of every match.
 */
public record AuditView(Filters filters, List<String> actions, List<Row> rows, String nextPage, String exportLink,
		String problem) {

	public static final String PATH = "/staff/audit";
	public static final String EXPORT_PATH = "/staff/audit/export.csv";

	/** The search form's fields. */
	public record Filters(String actor, String action, String recordType, String recordId, String outcome, String from,
			String to) {
	}

	/**
	 * One audited event, formatted for reading; {@code action} and {@code outcome} are the stored codes, which the page
	 * names in the reader's language.
	 */
	public record Row(long position, String when, String actor, String actorKind, String action, String component,
			String record, String outcome, String source, String detail) {
	}
}
