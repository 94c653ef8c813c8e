package org.leoprotocol.transparency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model behind the officer pages: for every officer and {@link PolicyField} with published records, the
 * key of the named page and of the field's pseudonymous page ({@link OfficerPage}), computed once when the
 * listeners count the officer's first record and never changed while the installation secret stays. Finding a
 * page is an index lookup by key; which pages exist is decided by the policy at each request, so a field set to
 * {@link PolicyMode#HIDDEN} disappears from every page and from the index at once.
 */
@Repository
class OfficerPageIndex {

	private static final String PSEUDONYM_PREFIX = "Officer ";

	private final JdbcClient jdbc;
	private final Pseudonyms pseudonyms;
	private final Roster roster;
	private final PublicationPolicy policy;

	OfficerPageIndex(JdbcClient jdbc, Pseudonyms pseudonyms, Roster roster, PublicationPolicy policy) {
		this.jdbc = jdbc;
		this.pseudonyms = pseudonyms;
		this.roster = roster;
		this.policy = policy;
	}

	/** Notes that an officer has a published record in a field; refreshes the name as the roster has it now. */
	void record(OfficerId officer, PolicyField field, Instant at) {
		UUID id = officer.value();
		String name = roster.find(officer).map(found -> found.fullName() + " (badge " + found.badgeNumber() + ")").orElse(null);
		jdbc.sql("""
				insert into transparency_officer_pages (officer_id, field, name_key, pseudonym_key, name_label, pseudonym_label, updated_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (officer_id, field) do update set
				  name_label = coalesce(excluded.name_label, transparency_officer_pages.name_label),
				  updated_at = greatest(transparency_officer_pages.updated_at, excluded.updated_at)
				""").params(id, field.name(), pseudonyms.pageKey(OfficerPage.NAMED, id), pseudonyms.pageKey(field.name(), id), name,
				PSEUDONYM_PREFIX + pseudonyms.of(field, id), Timestamp.from(at)).update();
	}

	/** Adds the officers counted before this read model existed, once, when Leo starts. */
	@EventListener(ApplicationReadyEvent.class)
	void addOfficersCountedBefore() {
		jdbc.sql("""
				select r.officer_id, r.field, coalesce(u.updated_at, now()) from (
				  select distinct officer_id, 'CASE_OUTCOMES' as field, 'officer-outcomes' as table_name from transparency_officer_outcomes
				  union
				  select distinct officer_id, 'COMMENDATIONS', 'officer-commendations' from transparency_officer_commendations) r
				left join transparency_table_updates u on u.table_name = r.table_name
				where not exists (select 1 from transparency_officer_pages p where p.officer_id = r.officer_id and p.field = r.field)
				""").query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant() })
			.list()
			.forEach(row -> record(new OfficerId((UUID) row[0]), PolicyField.valueOf((String) row[1]), (Instant) row[2]));
	}

	/** The page with this key, if the policy publishes it now. */
	Optional<OfficerPage> find(String key) {
		Map<PolicyField, PolicyMode> modes = modes();
		List<OfficerPage> named = jdbc.sql("""
				select officer_id, field, name_label, updated_at from transparency_officer_pages
				where name_key = ? and name_label is not null order by field""").param(key)
			.query((rs, n) -> single(key, PolicyMode.NAME, rs)).list().stream()
			.filter(page -> modes.get(page.fields().get(0)) == PolicyMode.NAME).toList();
		if (!named.isEmpty()) {
			return Optional.of(merged(named));
		}
		return jdbc.sql("select officer_id, field, pseudonym_label, updated_at from transparency_officer_pages where pseudonym_key = ?")
			.param(key).query((rs, n) -> single(key, PolicyMode.PSEUDONYM, rs)).optional()
			.filter(page -> modes.get(page.fields().get(0)) == PolicyMode.PSEUDONYM);
	}

	/** A page of the index of officer pages the policy publishes now, with how many match in all. */
	Listing list(OfficerQuery query) {
		Map<PolicyField, PolicyMode> modes = modes();
		List<String> named = fieldsIn(modes, PolicyMode.NAME);
		List<String> pseudonymous = fieldsIn(modes, PolicyMode.PSEUDONYM);
		List<String> parts = new ArrayList<>();
		if (named.size() == 1) {
			parts.add("""
					select name_key as page_key, 'NAME' as mode, name_label as label, updated_at, field as fields
					from transparency_officer_pages where field in (:named) and name_label is not null""");
		}
		else if (!named.isEmpty()) {
			parts.add("""
					select name_key as page_key, 'NAME' as mode, min(name_label) as label, max(updated_at) as updated_at,
					  string_agg(field, ',' order by field) as fields
					from transparency_officer_pages where field in (:named) and name_label is not null group by name_key""");
		}
		if (!pseudonymous.isEmpty()) {
			parts.add("""
					select pseudonym_key as page_key, 'PSEUDONYM' as mode, pseudonym_label as label, updated_at, field as fields
					from transparency_officer_pages where field in (:pseudonymous)""");
		}
		if (parts.isEmpty()) {
			return new Listing(List.of(), 0);
		}
		String pages = "(" + String.join(" union all ", parts) + ") pages"
				+ (query.text().isEmpty() ? "" : " where lower(label) like :pattern");
		String pattern = "%" + query.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String order = switch (query.order()) {
			case NAME -> "label, page_key";
			case NAME_DESCENDING -> "label desc, page_key desc";
			case UPDATED -> "updated_at desc, page_key";
		};
		// A search reads every page anyway, so it counts them in the same pass; without one, the count is an index scan.
		String total = query.text().isEmpty() ? "0" : "count(*) over ()";
		List<Object[]> rows = jdbc.sql("select page_key, mode, label, updated_at, fields, " + total + " from " + pages + " order by " + order
				+ " limit :limit offset :offset")
			.param("named", named).param("pseudonymous", pseudonymous).param("pattern", pattern)
			.param("limit", OfficerQuery.PAGE_SIZE).param("offset", query.offset())
			.query((rs, n) -> new Object[] { new OfficerPage(rs.getString(1), null, PolicyMode.valueOf(rs.getString(2)),
					Arrays.stream(rs.getString(5).split(",")).map(PolicyField::valueOf).toList(), rs.getString(3),
					rs.getTimestamp(4).toInstant()), rs.getLong(6) })
			.list();
		List<OfficerPage> found = rows.stream().map(row -> (OfficerPage) row[0]).toList();
		long counted = query.text().isEmpty() || rows.isEmpty()
				? jdbc.sql("select count(*) from " + pages).param("named", named).param("pseudonymous", pseudonymous)
					.param("pattern", pattern).query(Long.class).single()
				: (Long) rows.get(0)[1];
		return new Listing(found, counted);
	}

	/** Officer pages of one index page, and how many pages match the search in all. */
	record Listing(List<OfficerPage> pages, long total) {
	}

	private Map<PolicyField, PolicyMode> modes() {
		Map<PolicyField, PolicyMode> modes = new EnumMap<>(PolicyField.class);
		for (PolicyField field : PolicyField.values()) {
			modes.put(field, PolicyMode.HIDDEN);
		}
		policy.current().forEach(change -> modes.put(change.field(), change.mode()));
		return modes;
	}

	private static List<String> fieldsIn(Map<PolicyField, PolicyMode> modes, PolicyMode mode) {
		return modes.entrySet().stream().filter(entry -> entry.getValue() == mode).map(entry -> entry.getKey().name()).toList();
	}

	private static OfficerPage single(String key, PolicyMode mode, ResultSet rs) throws SQLException {
		return new OfficerPage(key, rs.getObject(1, UUID.class), mode, List.of(PolicyField.valueOf(rs.getString(2))), rs.getString(3),
				rs.getTimestamp(4).toInstant());
	}

	private static OfficerPage merged(List<OfficerPage> rows) {
		OfficerPage first = rows.get(0);
		return new OfficerPage(first.key(), first.officerId(), first.mode(), rows.stream().flatMap(row -> row.fields().stream()).toList(),
				first.label(), rows.stream().map(OfficerPage::updatedAt).max(Instant::compareTo).orElseThrow());
	}
}
