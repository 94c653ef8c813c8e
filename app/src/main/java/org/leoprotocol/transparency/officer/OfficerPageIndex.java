package org.leoprotocol.transparency.officer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.transparency.PolicyField;
import org.leoprotocol.transparency.PolicyMode;
import org.leoprotocol.transparency.Pseudonyms;
import org.leoprotocol.transparency.PublicationPolicy;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model behind the officer pages: for every officer and {@link PolicyField} with published records, the key of
 * the named page and of the field's pseudonymous page ({@link OfficerPage}), computed once when the listeners count the
 * officer's first record and never changed while the installation secret stays. Finding a page is an index lookup by
 * key; which pages exist is decided by the policy at each request, so a field set to {@link PolicyMode#HIDDEN}
 * disappears from every page and from the index at once.
 */
@Repository
public class OfficerPageIndex {

	private static final String PSEUDONYM_PREFIX = "Officer ";

	/**
	 * How far the index counts the pages a search matches; counting every one of 100,000 would cost more than the page.
	 */
	static final long COUNTED = 1_000;

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
	public void record(OfficerId officer, PolicyField field, Instant at) {
		UUID id = officer.value();
		String name = roster.find(officer).map(found -> found.fullName() + " (badge " + found.badgeNumber() + ")")
			.orElse(null);
		jdbc.sql(
				"""
						insert into transparency_officer_pages (officer_id, field, name_key, pseudonym_key, name_label, pseudonym_label, updated_at)
						values (?, ?, ?, ?, ?, ?, ?)
						on conflict (officer_id, field) do update set
						  name_label = coalesce(excluded.name_label, transparency_officer_pages.name_label),
						  updated_at = greatest(transparency_officer_pages.updated_at, excluded.updated_at)
						""")
			.params(id, field.name(), pseudonyms.pageKey(OfficerPage.NAMED, id), pseudonyms.pageKey(field.name(), id),
					name,
					PSEUDONYM_PREFIX + pseudonyms.of(field, id), Timestamp.from(at))
			.update();
	}

	/** Adds the officers counted before this read model existed, once, when Leo starts. */
	@EventListener(ApplicationReadyEvent.class)
	void addOfficersCountedBefore() {
		jdbc.sql(
				"""
						select r.officer_id, r.field, coalesce(u.updated_at, now()) from (
						  select distinct officer_id, 'CASE_OUTCOMES' as field, 'officer-outcomes' as table_name from transparency_officer_outcomes
						  union
						  select distinct officer_id, 'COMMENDATIONS', 'officer-commendations' from transparency_officer_commendations) r
						left join transparency_table_updates u on u.table_name = r.table_name
						where not exists (select 1 from transparency_officer_pages p where p.officer_id = r.officer_id and p.field = r.field)
						""")
			.query((rs,
					n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant() })
			.list()
			.forEach(row -> record(new OfficerId((UUID) row[0]), PolicyField.valueOf((String) row[1]),
					(Instant) row[2]));
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
		return jdbc.sql(
				"select officer_id, field, pseudonym_label, updated_at from transparency_officer_pages where pseudonym_key = ?")
			.param(key).query((rs, n) -> single(key, PolicyMode.PSEUDONYM, rs)).optional()
			.filter(page -> modes.get(page.fields().get(0)) == PolicyMode.PSEUDONYM);
	}

	/**
	 * A page of the index of officer pages the policy publishes now, and how many match, counted up to
	 * {@value #COUNTED} (beyond that the index says "more than"). Each field is its own part of the query, so every
	 * part is read in the order asked from its own index (V54) and the parts are merged; a page starts at the position
	 * of the row before it, so no page reads the rows of the pages before it. A search is a case-insensitive substring
	 * match, served by a trigram index where PostgreSQL has {@code pg_trgm}.
	 */
	Listing list(OfficerQuery query) {
		List<String> parts = parts(modes());
		if (parts.isEmpty()) {
			return new Listing(List.of(), 0, false, false, false);
		}
		String search = query.text().isEmpty() ? "true" : "lower(label) like :pattern";
		String pattern = "%"
				+ query.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		boolean ascending = (query.order() == OfficerOrder.NAME) != query.backwards();
		String sortColumn = query.order() == OfficerOrder.UPDATED ? "updated_at" : "label";
		String direction = ascending ? "" : " desc";
		String order = " order by " + sortColumn + direction + ", page_key" + direction;
		String from = query.position() == null ? "true"
				: "(" + sortColumn + ", page_key) " + (ascending ? ">" : "<") + " (:value, :key)";
		Object value = query.position() == null ? null
				: query.order() == OfficerOrder.UPDATED ? Timestamp.from(query.position().updatedAt())
						: query.position().value();
		int offset = query.position() == null ? query.offset() : 0;
		long counted = countUpTo(COUNTED + 1, parts, search, pattern);
		// A search matching few pages reads them from the trigram index and sorts them (the fence, offset 0, keeps the
		// planner from walking the order's index instead and filtering: matches can sit together at its far end).
		String matching = !query.text().isEmpty() && counted <= COUNTED ? " offset 0" : "";
		// Each part takes its first rows by itself: PostgreSQL does not merge ordered index scans of two selects from
		// the same table.
		String firstOfEach = parts.stream()
			.map(part -> "(select page_key, mode, label, updated_at, fields from (select * from (" + part
					+ ") part where " + search + matching + ") part where " + from + order + " limit "
					+ (offset + OfficerQuery.PAGE_SIZE + 1) + ")")
			.collect(Collectors.joining(" union all "));
		List<OfficerPage> found = new ArrayList<>(jdbc
			.sql("select * from (" + firstOfEach + ") pages" + order + " limit :limit offset :offset")
			.param("pattern", pattern).param("value", value)
			.param("key", query.position() == null ? null : query.position().key())
			.param("limit", OfficerQuery.PAGE_SIZE + 1).param("offset", offset)
			.query((rs, n) -> new OfficerPage(rs.getString(1), null, PolicyMode.valueOf(rs.getString(2)),
					Arrays.stream(rs.getString(5).split(",")).map(PolicyField::valueOf).toList(), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list());
		boolean beyond = found.size() > OfficerQuery.PAGE_SIZE;
		if (beyond) {
			found.remove(found.size() - 1);
		}
		if (query.backwards()) {
			Collections.reverse(found);
		}
		boolean earlier = query.backwards() ? beyond : query.hasEarlierRows();
		boolean later = query.backwards() || beyond;
		return new Listing(found, Math.min(counted, COUNTED), counted > COUNTED, earlier && !found.isEmpty(),
				later && !found.isEmpty());
	}

	/** How many pages match, counting no further than {@code limit}. */
	private long countUpTo(long limit, List<String> parts, String search, String pattern) {
		return jdbc
			.sql("select count(*) from (select 1 from (" + String.join(" union all ", parts) + ") pages where " + search
					+ " limit " + limit + ") counted")
			.param("pattern", pattern).query(Long.class).single();
	}

	/**
	 * One select per field the policy publishes, so that each is read in order from its own index; the fields published
	 * by name together make one page per officer, grouped by its key.
	 */
	private static List<String> parts(Map<PolicyField, PolicyMode> modes) {
		List<String> named = fieldsIn(modes, PolicyMode.NAME);
		List<String> parts = new ArrayList<>();
		if (named.size() == 1) {
			parts.add("""
					select name_key as page_key, 'NAME' as mode, name_label as label, updated_at, field as fields
					from transparency_officer_pages where field = '%s' and name_label is not null"""
				.formatted(named.get(0)));
		}
		else if (!named.isEmpty()) {
			parts
				.add("""
						select name_key as page_key, 'NAME' as mode, min(name_label) as label, max(updated_at) as updated_at,
						  string_agg(field, ',' order by field) as fields
						from transparency_officer_pages where field in ('%s') and name_label is not null group by name_key"""
					.formatted(String.join("', '", named)));
		}
		fieldsIn(modes, PolicyMode.PSEUDONYM).forEach(field -> parts
			.add("""
					select pseudonym_key as page_key, 'PSEUDONYM' as mode, pseudonym_label as label, updated_at, field as fields
					from transparency_officer_pages where field = '%s'"""
				.formatted(field)));
		return parts;
	}

	/**
	 * Officer pages of one index page; how many pages match the search in all, or {@code more} than that many; and
	 * whether there are pages before and after this one.
	 */
	record Listing(List<OfficerPage> pages, long total, boolean more, boolean earlier, boolean later) {
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
		return modes.entrySet().stream().filter(entry -> entry.getValue() == mode).map(entry -> entry.getKey().name())
			.toList();
	}

	private static OfficerPage single(String key, PolicyMode mode, ResultSet rs) throws SQLException {
		return new OfficerPage(key, rs.getObject(1, UUID.class), mode, List.of(PolicyField.valueOf(rs.getString(2))),
				rs.getString(3),
				rs.getTimestamp(4).toInstant());
	}

	private static OfficerPage merged(List<OfficerPage> rows) {
		OfficerPage first = rows.get(0);
		return new OfficerPage(first.key(), first.officerId(), first.mode(),
				rows.stream().flatMap(row -> row.fields().stream()).toList(),
				first.label(), rows.stream().map(OfficerPage::updatedAt).max(Instant::compareTo).orElseThrow());
	}
}
