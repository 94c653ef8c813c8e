package org.leoprotocol.earlywarning.history;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores imported history with upserts on ids derived from natural keys: a row already stored with the same values is
 * left alone, so a re-import writes nothing. Writes are set-based because an agency's history runs to hundreds of
 * thousands of rows: a chunk of rows is sent as one array per column and unnested by PostgreSQL into a single
 * {@code insert … select … on conflict} statement, one round trip and one plan per chunk.
 */
@Repository
public class HistoryStore {

	private final JdbcTemplate jdbc;

	HistoryStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a chunk of officers in one statement: the chunk travels as one array per column and is unnested on the
	 * server, so a chunk costs one round trip and one plan instead of one per row.
	 */
	void upsertOfficers(Collection<ImportedOfficer> officers,
			java.util.function.Function<ImportedOfficer, UUID> rosterLink) {
		int size = officers.size();
		if (size == 0) {
			return;
		}
		UUID[] ids = new UUID[size];
		UUID[] rosterIds = new UUID[size];
		String[][] text = new String[11][size];
		int i = 0;
		for (ImportedOfficer officer : officers) {
			ids[i] = officer.id();
			rosterIds[i] = rosterLink.apply(officer);
			Object[] values = { officer.agency(), officer.externalId(), officer.badgeNumber(), officer.firstName(),
					officer.lastName(),
					officer.rank(), officer.unit(), officer.appointedOn(), officer.separatedOn(), officer.race(),
					officer.gender() };
			for (int column = 0; column < values.length; column++) {
				text[column][i] = values[column] == null ? null : values[column].toString();
			}
			i++;
		}
		jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(
					"""
							insert into ew_officer as o (id, agency_code, external_id, badge_number, first_name, last_name, rank, unit, hire_date,
							  separated_on, race, gender, roster_officer_id)
							select id, agency_code, external_id, badge_number, first_name, last_name, rank, unit, hire_date, separated_on, race,
							  gender, roster_officer_id
							from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[],
							  ?::date[], ?::text[], ?::text[], ?::uuid[])
							  as t(id, agency_code, external_id, badge_number, first_name, last_name, rank, unit, hire_date, separated_on, race,
							    gender, roster_officer_id)
							on conflict (id) do update set badge_number = excluded.badge_number, first_name = excluded.first_name,
							  last_name = excluded.last_name, rank = excluded.rank, unit = excluded.unit,
							  hire_date = coalesce(excluded.hire_date, o.hire_date),
							  separated_on = excluded.separated_on,
							  race = coalesce(excluded.race, o.race), gender = coalesce(excluded.gender, o.gender),
							  roster_officer_id = coalesce(excluded.roster_officer_id, o.roster_officer_id)
							where (o.badge_number, o.first_name, o.last_name, o.rank, o.unit, o.separated_on)
							  is distinct from (excluded.badge_number, excluded.first_name, excluded.last_name, excluded.rank, excluded.unit,
							    excluded.separated_on)
							  or (excluded.hire_date is not null and o.hire_date is distinct from excluded.hire_date)
							  or (excluded.race is not null and o.race is distinct from excluded.race)
							  or (excluded.gender is not null and o.gender is distinct from excluded.gender)
							  or (o.roster_officer_id is null and excluded.roster_officer_id is not null)
							""");
			statement.setArray(1, connection.createArrayOf("uuid", ids));
			for (int column = 0; column < text.length; column++) {
				statement.setArray(column + 2, connection.createArrayOf("text", text[column]));
			}
			statement.setArray(13, connection.createArrayOf("uuid", rosterIds));
			return statement;
		});
	}

	/** Stores a chunk of complaints in one statement, one array per column. */
	public void upsertComplaints(Collection<ImportedComplaint> complaints) {
		int size = complaints.size();
		if (size == 0) {
			return;
		}
		UUID[] ids = new UUID[size];
		String[][] text = new String[4][size];
		int i = 0;
		for (ImportedComplaint complaint : complaints) {
			ids[i] = complaint.id();
			text[0][i] = complaint.agency();
			text[1][i] = complaint.externalId();
			text[2][i] = complaint.receivedOn() == null ? null : complaint.receivedOn().toString();
			text[3][i] = complaint.closedOn() == null ? null : complaint.closedOn().toString();
			i++;
		}
		jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(
					"""
							insert into ew_complaint as c (id, agency_code, external_id, received_on, closed_on)
							select id, agency_code, external_id, received_on, closed_on
							from unnest(?::uuid[], ?::text[], ?::text[], ?::date[], ?::date[]) as t(id, agency_code, external_id, received_on, closed_on)
							on conflict (id) do update set received_on = excluded.received_on, closed_on = excluded.closed_on
							where (c.received_on, c.closed_on) is distinct from (excluded.received_on, excluded.closed_on)
							""");
			statement.setArray(1, connection.createArrayOf("uuid", ids));
			for (int column = 0; column < text.length; column++) {
				statement.setArray(column + 2, connection.createArrayOf("text", text[column]));
			}
			return statement;
		});
	}

	/** Which of these officers (table {@code ew_officer}) or complaints ({@code ew_complaint}) are stored. */
	Set<UUID> existing(String table, Collection<UUID> ids) {
		if (!Set.of("ew_officer", "ew_complaint").contains(table)) {
			throw new IllegalArgumentException(table);
		}
		Set<UUID> existing = new HashSet<>();
		if (ids.isEmpty()) {
			return existing;
		}
		jdbc.query(connection -> {
			var statement = connection.prepareStatement("select id from " + table + " where id = any(?)");
			statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
			return statement;
		}, resultSet -> {
			existing.add(resultSet.getObject(1, UUID.class));
		});
		return existing;
	}

	/**
	 * Stores a chunk of allegations in one statement, one array per column, and tells per allegation what that did. The
	 * statement returns the rows it inserted or updated; a row's {@code xmax} is 0 when this statement created it
	 * (PostgreSQL marks an updated row version with the updating transaction), and a row it does not return was already
	 * stored with the same values.
	 */
	public List<AllegationWritten> upsertAllegations(List<NumberedAllegation> allegations) {
		int size = allegations.size();
		if (size == 0) {
			return List.of();
		}
		UUID[][] uuids = new UUID[3][size];
		String[][] text = new String[5][size];
		for (int i = 0; i < size; i++) {
			NumberedAllegation allegation = allegations.get(i);
			HistoryRow row = allegation.row();
			uuids[0][i] = allegation.id();
			uuids[1][i] = row.complaintId();
			uuids[2][i] = row.officerId();
			text[0][i] = row.category().name();
			text[1][i] = row.categoryCode();
			text[2][i] = row.description();
			text[3][i] = row.finding().name();
			text[4][i] = row.findingCode();
		}
		Map<UUID, Boolean> written = new HashMap<>();
		jdbc.query(connection -> {
			PreparedStatement statement = connection.prepareStatement(
					"""
							insert into ew_allegation as a (id, complaint_id, officer_id, category, category_code, description, finding, finding_code)
							select id, complaint_id, officer_id, category, category_code, description, finding, finding_code
							from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
							  as t(id, complaint_id, officer_id, category, category_code, description, finding, finding_code)
							on conflict (id) do update set category = excluded.category, finding = excluded.finding,
							  finding_code = excluded.finding_code
							where (a.category, a.finding, a.finding_code) is distinct from (excluded.category, excluded.finding, excluded.finding_code)
							returning a.id, a.xmax = 0
							""");
			for (int column = 0; column < uuids.length; column++) {
				statement.setArray(column + 1, connection.createArrayOf("uuid", uuids[column]));
			}
			for (int column = 0; column < text.length; column++) {
				statement.setArray(column + 4, connection.createArrayOf("text", text[column]));
			}
			return statement;
		}, resultSet -> {
			written.put(resultSet.getObject(1, UUID.class), resultSet.getBoolean(2));
		});
		List<AllegationWritten> outcomes = new ArrayList<>(size);
		for (NumberedAllegation allegation : allegations) {
			Boolean created = written.get(allegation.id());
			outcomes.add(created == null ? AllegationWritten.UNCHANGED
					: created ? AllegationWritten.CREATED : AllegationWritten.CHANGED);
		}
		return outcomes;
	}

	/**
	 * The history officer standing for a roster officer of this installation, created on first use. Two listeners may
	 * meet the same officer at once (a protocol finding and a case closing): the insert yields to a row another
	 * transaction is writing on either of the table's unique keys ({@code on conflict do nothing} without a target
	 * arbitrates them all; naming one key would let the other raise a duplicate), and the roster link is then brought
	 * up to date by its own statement.
	 */
	public UUID ensureRosterOfficer(String agency, String badge, String firstName, String lastName, String rank,
			LocalDate hireDate,
			UUID rosterOfficerId) {
		UUID id = HistoryRow.officerId(agency, badge);
		jdbc.update(
				"""
						insert into ew_officer (id, agency_code, external_id, badge_number, first_name, last_name, rank, hire_date, roster_officer_id)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)
						on conflict do nothing
						""",
				id, agency, badge, badge, firstName, lastName, rank, hireDate, rosterOfficerId);
		jdbc.update("""
				update ew_officer set roster_officer_id = ?, hire_date = ?
				where id = ? and (roster_officer_id, hire_date) is distinct from (?, ?)
				""", rosterOfficerId, hireDate, id, rosterOfficerId, hireDate);
		return id;
	}

	/**
	 * Holds the officer for re-evaluation until the transaction ends. Two listeners recording on the same officer at
	 * once (a protocol finding and a case's final finding) would otherwise each count from a snapshot without the
	 * other's record, and the one committing last would leave a flag missing the other's reason. The second waits here
	 * and then counts both. {@code for no key update} does not wait for the key-share locks that the inserts' foreign
	 * keys hold, so two recorders cannot deadlock on it.
	 */
	public void holdForEvaluation(UUID officer) {
		jdbc.queryForList("select id from ew_officer where id = ? for no key update", UUID.class, officer);
	}

	/**
	 * Refreshes the planner's statistics of the history tables after an import, through the owner's
	 * {@code ew_refresh_statistics()} (migration V108): without them the next ranking is planned for empty tables.
	 */
	public void refreshStatistics() {
		jdbc.execute("select ew_refresh_statistics()");
	}

	/**
	 * Refreshes when every officer of the agency first had a complaint received: once, after an import's allegations.
	 */
	public void refreshFirstComplaint(String agency) {
		jdbc.update("""
				update ew_officer o set first_complaint_on = f.first
				from (select a.officer_id, min(c.received_on) as first
				      from ew_allegation a join ew_complaint c on c.id = a.complaint_id
				      where c.agency_code = ? group by a.officer_id) f
				where o.id = f.officer_id and o.first_complaint_on is distinct from f.first
				""", agency);
	}

	/** Refreshes when each of these officers' first complaint was received. */
	public void refreshFirstComplaint(Collection<UUID> officers) {
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
