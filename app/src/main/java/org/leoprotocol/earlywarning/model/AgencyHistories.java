package org.leoprotocol.earlywarning.model;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads one agency's whole history into an {@link AgencyHistory}: its officers with their careers, complaints,
 * allegations, Leo's Protocol findings (with the day of any withdrawal) and commendations. Everything is read, also
 * what lies after any date a model is trained for; {@link FeatureTable} is what keeps the future out.
 */
@Repository
class AgencyHistories {

	private final JdbcClient jdbc;

	AgencyHistories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	AgencyHistory load(String agency) {
		AgencyHistoryBuilder builder = new AgencyHistoryBuilder(agency);
		jdbc.sql(
				"""
						select id, external_id, trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) as name, rank, unit,
						  hire_date, separated_on, race, gender
						from ew_officer where agency_code = :agency order by external_id
						""")
			.param("agency", agency).query(rs -> {
				builder.officer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5),
						rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8),
						rs.getString(9));
			});
		jdbc.sql("select id, received_on, closed_on from ew_complaint where agency_code = :agency order by external_id")
			.param("agency", agency).query(rs -> {
				builder.complaint(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
						rs.getObject(3, LocalDate.class));
			});
		jdbc.sql("""
				select a.complaint_id, a.officer_id, a.category, a.finding from ew_allegation a
				join ew_complaint c on c.id = a.complaint_id where c.agency_code = :agency
				""").param("agency", agency).query(rs -> {
			builder.allegation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4));
		});
		jdbc.sql(
				"""
						select f.officer_id, f.occurred_on, (w.withdrawn_at at time zone 'UTC')::date from ew_protocol_finding f
						join ew_officer o on o.id = f.officer_id left join ew_protocol_finding_withdrawal w on w.finding_id = f.id
						where o.agency_code = :agency
						""")
			.param("agency", agency).query(rs -> {
				builder.protocolFinding(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
						rs.getObject(3, LocalDate.class));
			});
		jdbc.sql("""
				select m.officer_id, m.received_on from ew_commendation m join ew_officer o on o.id = m.officer_id
				where o.agency_code = :agency
				""").param("agency", agency).query(rs -> {
			builder.commendation(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
		});
		return builder.build();
	}

	/** The agency of each of these officers, as imported. */
	java.util.Map<UUID, String> agencies(java.util.Collection<UUID> officers) {
		java.util.Map<UUID, String> agencies = new java.util.HashMap<>();
		if (officers.isEmpty()) {
			return agencies;
		}
		jdbc.sql("select id, agency_code from ew_officer where id = any(:ids)")
			.param("ids", officers.toArray(UUID[]::new))
			.query(rs -> {
				agencies.put(rs.getObject(1, UUID.class), rs.getString(2));
			});
		return agencies;
	}

	boolean exists(String agency) {
		return jdbc.sql("select count(*) from ew_officer where agency_code = :agency").param("agency", agency)
			.query(Integer.class)
			.single() > 0;
	}
}
