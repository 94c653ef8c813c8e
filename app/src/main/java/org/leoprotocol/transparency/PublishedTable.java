package org.leoprotocol.transparency;

import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A table the portal publishes, as CSV, JSON and through the public API: its file name, its columns with their types,
 * and the query that reads it from the read models (cells only, never the totals kept for pages). The data dictionary
 * page lists them from here, so it cannot drift from what is served.
 */
public enum PublishedTable {

	COMPLAINTS_RECEIVED("complaints-received", null, """
			select year, unit, complaints from transparency_complaints_received
			where year <> 0 and unit <> '*' order by year, unit""",
			column("year", ColumnType.YEAR), column("unit", ColumnType.CODE), column("complaints", ColumnType.COUNT)),
	ALLEGATION_OUTCOMES("allegation-outcomes", null,
			"""
					select year, unit, category, finding, allegations from transparency_allegation_outcomes
					where year <> 0 and unit <> '*' and category <> '*' and finding <> '*' order by year, unit, category, finding""",
			column("year", ColumnType.YEAR), column("unit", ColumnType.CODE), column("category", ColumnType.CODE),
			column("finding", ColumnType.CODE), column("allegations", ColumnType.COUNT)),
	CLOSURE_TIMES("closure-times", null, """
			select year, unit, category, days, allegations from transparency_closure_days
			where year <> 0 and unit <> '*' and category <> '*' order by year, unit, category, days""",
			column("year", ColumnType.YEAR), column("unit", ColumnType.CODE), column("category", ColumnType.CODE),
			column("days_to_closure", ColumnType.NUMBER), column("allegations", ColumnType.COUNT)),
	PROTOCOL_INCIDENTS("protocol-incidents", null, """
			select year, kind, incidents, escalations, reunifications from transparency_protocol_incidents
			where year <> 0 and kind <> '*' order by year, kind""",
			column("year", ColumnType.YEAR), column("kind", ColumnType.CODE), column("incidents", ColumnType.COUNT),
			column("escalations", ColumnType.COUNT), column("verified_reunifications", ColumnType.COUNT)),
	ENGAGEMENT_TIMES("engagement-times", null, """
			select year, kind, minutes, incidents from transparency_engagement_minutes
			where year <> 0 and kind <> '*' order by year, kind, minutes""",
			column("year", ColumnType.YEAR), column("kind", ColumnType.CODE),
			column("minutes_to_engagement", ColumnType.NUMBER),
			column("incidents", ColumnType.COUNT)),
	COMMENDATIONS("commendations", null, """
			select year, unit, commendations from transparency_commendations
			where year <> 0 and unit <> '*' order by year, unit""",
			column("year", ColumnType.YEAR), column("unit", ColumnType.CODE),
			column("commendations", ColumnType.COUNT)),
	OFFICER_OUTCOMES("officer-outcomes", PolicyField.CASE_OUTCOMES, """
			select officer_id, year, category, finding, allegations from transparency_officer_outcomes
			order by officer_id, year, category, finding""",
			column("officer", ColumnType.OFFICER), column("year", ColumnType.YEAR), column("category", ColumnType.CODE),
			column("finding", ColumnType.CODE), column("allegations", ColumnType.COUNT)),
	OFFICER_COMMENDATIONS("officer-commendations", PolicyField.COMMENDATIONS, """
			select officer_id, year, commendations from transparency_officer_commendations order by officer_id, year""",
			column("officer", ColumnType.OFFICER), column("year", ColumnType.YEAR),
			column("commendations", ColumnType.COUNT));

	private final String fileName;
	private final PolicyField policyField;
	private final String query;
	@SuppressWarnings("ImmutableEnumChecker") // an unmodifiable copy (List.of, Set.of, List.copyOf); the check knows
												// only Guava's immutable types
	private final List<Column> columns;

	PublishedTable(String fileName, PolicyField policyField, String query, Column... columns) {
		this.fileName = fileName;
		this.policyField = policyField;
		this.query = query;
		this.columns = List.of(columns);
	}

	/**
	 * One column: its name in files and the API, and its type; its meaning is message {@code transparency.column.NAME}.
	 */
	public record Column(String name, ColumnType type) {
	}

	private static Column column(String name, ColumnType type) {
		return new Column(name, type);
	}

	public static Optional<PublishedTable> byFileName(String name) {
		return Arrays.stream(values()).filter(table -> table.fileName.equals(name)).findFirst();
	}

	/** The table published under this file name; refused (404 at the web edge) when there is none. */
	public static PublishedTable named(String fileName) {
		return byFileName(fileName).orElseThrow(() -> new NoSuchElementException("No published table " + fileName));
	}

	public String fileName() {
		return fileName;
	}

	/** The policy field that decides how officers in this table appear; {@code null} for a table without officers. */
	public PolicyField policyField() {
		return policyField;
	}

	public List<Column> columns() {
		return columns;
	}

	String query() {
		return query;
	}
}
