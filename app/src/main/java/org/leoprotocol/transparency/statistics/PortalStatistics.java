package org.leoprotocol.transparency.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.leoprotocol.transparency.PublicationGate;
import org.leoprotocol.transparency.Rollup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The portal's filtered statistics, read from the totals the listeners keep ({@link Rollup}): each query is an index
 * lookup of at most a few hundred rows whatever the number of complaints. The numbers are exact here and leave only
 * through the {@link PublicationGate}.
 */
@Repository
public class PortalStatistics {

	private final JdbcClient jdbc;

	PortalStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One kind of incident: how many, escalations, verified reunifications, each with its suppressed part. */
	public record IncidentTally(String kind, Tally incidents, Tally escalations, Tally reunifications) {
	}

	public List<Tally> allegationsByCategory(int year, String unit) {
		return tallies("""
				select category, allegations, allegations_suppressed from transparency_allegation_outcomes
				where year = ? and unit = ? and finding = '*' and category <> '*' order by category""", year, unit);
	}

	public List<Tally> allegationsByFinding(int year, String unit, String category) {
		return tallies("""
				select finding, allegations, allegations_suppressed from transparency_allegation_outcomes
				where year = ? and unit = ? and category = ? and finding <> '*' order by finding""", year, unit,
				category);
	}

	public List<Tally> allegationsByUnit(int year, String category) {
		return tallies("""
				select unit, allegations, allegations_suppressed from transparency_allegation_outcomes
				where year = ? and category = ? and finding = '*' and unit <> '*' order by unit""", year, category);
	}

	public List<Tally> complaintsByYear(String unit) {
		return tallies(
				"select year::text, complaints, complaints_suppressed from transparency_complaints_received where unit = ? and year <> 0 order by year",
				unit);
	}

	public List<Tally> commendationsByYear(String unit) {
		return tallies(
				"select year::text, commendations, commendations_suppressed from transparency_commendations where unit = ? and year <> 0 order by year",
				unit);
	}

	public Map<Integer, Long> closureDays(int year, String unit, String category) {
		return histogram(
				"select days, allegations from transparency_closure_days where year = ? and unit = ? and category = ?",
				year, unit, category);
	}

	public List<IncidentTally> incidentsByKind(int year) {
		return jdbc
			.sql("""
					select kind, incidents, incidents_suppressed, escalations, escalations_suppressed, reunifications, reunifications_suppressed
					from transparency_protocol_incidents where year = ? and kind <> '*' order by kind""")
			.param(year)
			.query((rs, n) -> new IncidentTally(rs.getString(1),
					new Tally(rs.getString(1), rs.getLong(2), rs.getLong(3)),
					new Tally(rs.getString(1), rs.getLong(4), rs.getLong(5)),
					new Tally(rs.getString(1), rs.getLong(6), rs.getLong(7))))
			.list();
	}

	public Map<Integer, Long> engagementMinutes(int year, String kind) {
		return histogram("select minutes, incidents from transparency_engagement_minutes where year = ? and kind = ?",
				year, kind);
	}

	public List<Integer> years() {
		return jdbc.sql("""
				select year from transparency_complaints_received where year <> 0 union
				select year from transparency_protocol_incidents where year <> 0 union
				select year from transparency_commendations where year <> 0 order by 1 desc""").query(Integer.class)
			.list();
	}

	public List<String> units() {
		return jdbc
			.sql("""
					select unit from transparency_complaints_received where unit <> '*' union
					select unit from transparency_allegation_outcomes where unit <> '*' and year = 0 and category = '*' and finding = '*' union
					select unit from transparency_commendations where unit <> '*' order by 1""")
			.query(String.class).list();
	}

	private List<Tally> tallies(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query((rs, n) -> new Tally(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	private Map<Integer, Long> histogram(String sql, Object... params) {
		Map<Integer, Long> histogram = new LinkedHashMap<>();
		jdbc.sql(sql).params(params).query(rs -> {
			histogram.put(rs.getInt(1), rs.getLong(2));
		});
		return histogram;
	}
}
