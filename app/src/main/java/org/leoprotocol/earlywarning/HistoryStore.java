package org.leoprotocol.earlywarning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores imported history with upserts on ids derived from natural keys: a row already stored with the same
 * values is left alone, so a re-import writes nothing. Statements are batched because an agency's history runs
 * to tens of thousands of rows.
 */
@Repository
class HistoryStore {

	private final JdbcTemplate jdbc;

	HistoryStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An allegation row with the id its occurrence in the file gives it. */
	record Numbered(UUID id, HistoryRow row) {
	}

	void upsertOfficers(Collection<ImportedOfficer> officers, java.util.function.Function<ImportedOfficer, UUID> rosterLink) {
		List<Object[]> values = new ArrayList<>();
		for (ImportedOfficer officer : officers) {
			values.add(new Object[] { officer.id(), officer.agency(), officer.externalId(), officer.badgeNumber(), officer.firstName(),
					officer.lastName(), officer.rank(), officer.unit(), officer.appointedOn(), officer.separatedOn(), officer.race(),
					officer.gender(), rosterLink.apply(officer) });
		}
		jdbc.batchUpdate("""
				insert into ew_officer (id, agency_code, external_id, badge_number, first_name, last_name, rank, unit, hire_date,
				  separated_on, race, gender, roster_officer_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set badge_number = excluded.badge_number, first_name = excluded.first_name,
				  last_name = excluded.last_name, rank = excluded.rank, unit = excluded.unit,
				  hire_date = coalesce(excluded.hire_date, ew_officer.hire_date),
				  separated_on = excluded.separated_on,
				  race = coalesce(excluded.race, ew_officer.race), gender = coalesce(excluded.gender, ew_officer.gender),
				  roster_officer_id = coalesce(excluded.roster_officer_id, ew_officer.roster_officer_id)
				where (ew_officer.badge_number, ew_officer.first_name, ew_officer.last_name, ew_officer.rank, ew_officer.unit,
				    ew_officer.separated_on)
				  is distinct from (excluded.badge_number, excluded.first_name, excluded.last_name, excluded.rank, excluded.unit,
				    excluded.separated_on)
				  or (excluded.hire_date is not null and ew_officer.hire_date is distinct from excluded.hire_date)
				  or (excluded.race is not null and ew_officer.race is distinct from excluded.race)
				  or (excluded.gender is not null and ew_officer.gender is distinct from excluded.gender)
				  or (ew_officer.roster_officer_id is null and excluded.roster_officer_id is not null)
				""", values);
	}

	void upsertComplaints(Collection<ImportedComplaint> complaints) {
		List<Object[]> values = new ArrayList<>();
		for (ImportedComplaint complaint : complaints) {
			values.add(new Object[] { complaint.id(), complaint.agency(), complaint.externalId(), complaint.receivedOn(),
					complaint.closedOn() });
		}
		jdbc.batchUpdate("""
				insert into ew_complaint (id, agency_code, external_id, received_on, closed_on) values (?, ?, ?, ?, ?)
				on conflict (id) do update set received_on = excluded.received_on, closed_on = excluded.closed_on
				where (ew_complaint.received_on, ew_complaint.closed_on) is distinct from (excluded.received_on, excluded.closed_on)
				""", values);
	}

	/** Which of these officers (table {@code ew_officer}) or complaints ({@code ew_complaint}) are stored. */
	Set<UUID> existing(String table, Collection<UUID> ids) {
		if (!Set.of("ew_officer", "ew_complaint", "ew_allegation").contains(table)) {
			throw new IllegalArgumentException(table);
		}
		Set<UUID> existing = new HashSet<>();
		jdbc.query(connection -> {
			var statement = connection.prepareStatement("select id from " + table + " where id = any(?)");
			statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
			return statement;
		}, resultSet -> {
			existing.add(resultSet.getObject(1, UUID.class));
		});
		return existing;
	}

	/** Stores the allegations; returns, per allegation, whether a row was inserted or changed. */
	int[] upsertAllegations(List<Numbered> allegations) {
		List<Object[]> values = new ArrayList<>();
		for (Numbered allegation : allegations) {
			HistoryRow row = allegation.row();
			values.add(new Object[] { allegation.id(), row.complaintId(), row.officerId(), row.category().name(), row.categoryCode(),
					row.description(), row.finding().name(), row.findingCode() });
		}
		return jdbc.batchUpdate("""
				insert into ew_allegation (id, complaint_id, officer_id, category, category_code, description, finding, finding_code)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set category = excluded.category, finding = excluded.finding,
				  finding_code = excluded.finding_code
				where (ew_allegation.category, ew_allegation.finding, ew_allegation.finding_code)
				  is distinct from (excluded.category, excluded.finding, excluded.finding_code)
				""", values);
	}

	Set<UUID> existingAllegations(Collection<UUID> ids) {
		return existing("ew_allegation", ids);
	}

	/** The history officer standing for a roster officer of this installation, created on first use. */
	UUID ensureRosterOfficer(String agency, String badge, String firstName, String lastName, String rank, LocalDate hireDate,
			UUID rosterOfficerId) {
		UUID id = HistoryRow.officerId(agency, badge);
		jdbc.update("""
				insert into ew_officer (id, agency_code, external_id, badge_number, first_name, last_name, rank, hire_date, roster_officer_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set roster_officer_id = excluded.roster_officer_id, hire_date = excluded.hire_date
				where (ew_officer.roster_officer_id, ew_officer.hire_date) is distinct from (excluded.roster_officer_id, excluded.hire_date)
				""", id, agency, badge, badge, firstName, lastName, rank, hireDate, rosterOfficerId);
		return id;
	}

	/** Refreshes when every officer of the agency first had a complaint received: once, after an import's allegations. */
	void refreshFirstComplaint(String agency) {
		jdbc.update("""
				update ew_officer o set first_complaint_on = f.first
				from (select a.officer_id, min(c.received_on) as first
				      from ew_allegation a join ew_complaint c on c.id = a.complaint_id
				      where c.agency_code = ? group by a.officer_id) f
				where o.id = f.officer_id and o.first_complaint_on is distinct from f.first
				""", agency);
	}

	/** Refreshes when each of these officers' first complaint was received. */
	void refreshFirstComplaint(Collection<UUID> officers) {
		jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					update ew_officer o set first_complaint_on = f.first
					from (select a.officer_id, min(c.received_on) as first
					      from ew_allegation a join ew_complaint c on c.id = a.complaint_id
					      where a.officer_id = any(?) group by a.officer_id) f
					where o.id = f.officer_id and o.first_complaint_on is distinct from f.first
					""");
			statement.setArray(1, connection.createArrayOf("uuid", officers.toArray()));
			return statement;
		});
	}
}
