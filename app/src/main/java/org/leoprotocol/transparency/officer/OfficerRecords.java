package org.leoprotocol.transparency.officer;

import java.util.List;
import java.util.UUID;

import org.leoprotocol.transparency.PublicationGate;
import org.leoprotocol.transparency.statistics.Tally;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One officer's published records, exact, from the read models the listeners keep: allegations of closed cases per year
 * of closure, category and final finding, and commendations per year. A few hundred rows at most per officer, read by
 * the primary key; they leave only through the {@link PublicationGate}.
 */
@Repository
class OfficerRecords {

	private final JdbcClient jdbc;

	OfficerRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Allegations of one year, category and final finding. */
	record Outcome(int year, String category, String finding, long allegations) {
	}

	List<Outcome> outcomes(UUID officer) {
		return jdbc.sql("""
				select year, category, finding, allegations from transparency_officer_outcomes
				where officer_id = ? order by year, category, finding""").param(officer)
			.query((rs, n) -> new Outcome(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
	}

	/**
	 * The officer's cells of {@code officer-commendations}, one a year; cells, so nothing is suppressed beneath them.
	 */
	List<Tally> commendationsByYear(UUID officer) {
		return jdbc.sql(
				"select year::text, commendations from transparency_officer_commendations where officer_id = ? order by year")
			.param(officer).query((rs, n) -> new Tally(rs.getString(1), rs.getLong(2), 0)).list();
	}
}
