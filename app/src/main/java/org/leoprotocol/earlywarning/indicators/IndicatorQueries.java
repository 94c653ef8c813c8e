package org.leoprotocol.earlywarning.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.leoprotocol.earlywarning.Indicators;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes {@link Indicators} in one SQL statement: allegations received before the date, findings recoded PENDING
 * unless closed before it, counts per window with {@code FILTER}, and the peer percentile with {@code percent_rank()}
 * over the agency's officers known by then: those with an allegation received before the date, and roster officers
 * hired before it. The percentile needs every peer, so the whole agency is computed even when one officer is asked for;
 * that is a few milliseconds per thousand officers. The percentile's window sorts only (officer, peer group, count),
 * not the whole row with names and reasons, so that a workforce of 35,000 sorts in memory.
 */
@Repository
public class IndicatorQueries {

	private static final String COUNTS = """
			select officer_id,
			    count(distinct complaint_id) filter (where received_on >= (:d - interval '1 year')::date) as c1,
			    count(distinct complaint_id) filter (where received_on >= (:d - interval '2 years')::date) as c2,
			    count(distinct complaint_id) as c5,
			    count(distinct complaint_id) filter (where received_on >= (:d - make_interval(months => :thresholdMonths))::date) as ct,
			    count(distinct complaint_id) filter (where received_on >= (:d - make_interval(months => :peerMonths))::date) as cp,
			    count(*) filter (where finding = 'SUSTAINED') as s5,
			    count(*) filter (where finding = 'NOT_SUSTAINED' and received_on >= (:d - interval '2 years')::date) as ns2
			  from hist group by officer_id
			""";

	private static final String REPEATED = """
			select distinct on (officer_id) officer_id, category, n from (
			    select officer_id, category, count(distinct complaint_id) as n from hist
			    where finding = 'NOT_SUSTAINED' and received_on >= (:d - make_interval(months => :repeatedMonths))::date
			    group by officer_id, category) per_category
			  order by officer_id, n desc, category
			""";

	private static final String INDICATORS = """
			with hist as (
			  select a.officer_id, a.complaint_id, a.category, c.received_on,
			         case when c.closed_on < :d then a.finding else 'PENDING' end as finding
			  from ew_allegation a join ew_complaint c on c.id = a.complaint_id
			  where c.received_on < :d and c.received_on >= (:d - interval '5 years')::date
			    and (cast(:agency as text) is null or c.agency_code = :agency)
			), counts as (
			  %s
			), repeated as (
			  %s
			), protocol as (
			  select officer_id, count(*) as n, string_agg(description, chr(10) order by occurred_on, recorded_at) as description
			  from ew_protocol_finding f
			  where occurred_on < :d and occurred_on >= (:d - make_interval(months => :protocolMonths))::date
			    and not exists (select 1 from ew_protocol_finding_withdrawal w where w.finding_id = f.id and w.withdrawn_at < :d)
			  group by officer_id
			), praise as (
			  select officer_id, count(*) as n from ew_commendation
			  where received_on < :d and received_on >= (:d - interval '2 years')::date group by officer_id
			), known as not materialized (
			  select o.* from ew_officer o
			  where (cast(:agency as text) is null or o.agency_code = :agency)
			    and %s
			), peer_rank as (
			  select k.id, percent_rank() over ranked_peers as percentile, count(*) over peers as peers
			  from known k left join counts c on c.officer_id = k.id
			  window peers as (partition by k.agency_code, coalesce(k.rank, ''),
			    coalesce(floor((:d - k.hire_date) / 1826.25)::int, -1)),
			    ranked_peers as (peers order by coalesce(c.cp, 0))
			), ranked as (
			  select k.id, k.agency_code, k.external_id, k.badge_number,
			    trim(coalesce(k.first_name, '') || ' ' || coalesce(k.last_name, '')) as name, k.rank, k.unit,
			    k.roster_officer_id,
			    coalesce(c.c1, 0) as c1, coalesce(c.c2, 0) as c2, coalesce(c.c5, 0) as c5, coalesce(c.ct, 0) as ct,
			    coalesce(c.cp, 0) as cp, coalesce(c.s5, 0) as s5, coalesce(c.ns2, 0) as ns2,
			    r.category as repeated_category, coalesce(r.n, 0) as repeated,
			    coalesce(p.n, 0) as protocol, p.description as protocol_description, coalesce(g.n, 0) as praise,
			    pr.percentile, pr.peers
			  from known k
			  join peer_rank pr on pr.id = k.id
			  left join counts c on c.officer_id = k.id
			  left join repeated r on r.officer_id = k.id
			  left join protocol p on p.officer_id = k.id
			  left join praise g on g.officer_id = k.id
			)
			select * from ranked
			""";

	/**
	 * The same indicators for one officer without ranking the whole agency: the officer's own allegations, and for the
	 * percentile only the peer group's complaints within the peer window, which the index on {@code received_on} finds
	 * directly. An officer's percentile is the share of peers with fewer complaints, that is all peers but those with
	 * at least as many, who all appear in {@code peer_counts}. Must agree with {@link #INDICATORS} for every officer.
	 */
	private static final String ONE_OFFICER = """
			with me as (
			  select o.*, coalesce(floor((:d - o.hire_date) / 1826.25)::int, -1) as band from ew_officer o where o.id = :officer
			), peer_group as materialized (
			  select o.id from ew_officer o join me on o.agency_code = me.agency_code and coalesce(o.rank, '') = coalesce(me.rank, '')
			    and coalesce(floor((:d - o.hire_date) / 1826.25)::int, -1) = me.band
			  where (o.roster_officer_id is not null and (o.hire_date is null or o.hire_date < :d)) or o.first_complaint_on < :d
			), peer_counts as materialized (
			  select a.officer_id, count(distinct a.complaint_id) as cp
			  from ew_complaint c join ew_allegation a on a.complaint_id = c.id join ew_officer o on o.id = a.officer_id
			  join me on o.agency_code = me.agency_code and coalesce(o.rank, '') = coalesce(me.rank, '')
			    and coalesce(floor((:d - o.hire_date) / 1826.25)::int, -1) = me.band
			  where c.received_on < :d and c.received_on >= (:d - make_interval(months => :peerMonths))::date
			  group by a.officer_id
			), %s, peer_size as (
			  select count(*) as n from peer_group
			)
			%s,
			  case when s.n <= 1 or coalesce(c.cp, 0) = 0 then 0
			    else (s.n - (select count(*) from peer_counts where cp >= c.cp))::float8 / (s.n - 1) end as percentile
			from me cross join protocol p cross join praise g cross join peer_size s
			left join counts c on c.officer_id = me.id left join repeated r on r.officer_id = me.id
			where exists (select 1 from peer_group where peer_group.id = me.id)
			""";

	/**
	 * The same as {@link #ONE_OFFICER} when {@code ew_peer_count} holds every peer's count for the date (after a full
	 * recompute for it): the officer's percentile is the share of the peer group's rows with fewer complaints, read
	 * from the index on (peer group, complaints). Under 10 ms among 100,000 officers where the recount takes seconds.
	 */
	private static final String ONE_OFFICER_FROM_PEER_COUNTS = """
			with me as (
			  select o.* from ew_officer o where o.id = :officer
			), mine as (
			  select peer_group, complaints from ew_peer_count where officer_id = :officer
			), %s, peer_size as (
			  select count(*) as n from ew_peer_count p join mine on p.peer_group = mine.peer_group
			), fewer as (
			  select count(*) as n from ew_peer_count p join mine on p.peer_group = mine.peer_group where p.complaints < mine.complaints
			)
			%s,
			  case when s.n <= 1 or coalesce(c.cp, 0) = 0 then 0 else f.n::float8 / (s.n - 1) end as percentile
			from me cross join protocol p cross join praise g cross join peer_size s cross join fewer f
			left join counts c on c.officer_id = me.id left join repeated r on r.officer_id = me.id
			where exists (select 1 from mine)
			""";

	/** The officer's own history, counts and records: the part both one-officer queries share. */
	private static final String OWN_RECORD = """
			hist as (
			  select a.officer_id, a.complaint_id, a.category, c.received_on,
			         case when c.closed_on < :d then a.finding else 'PENDING' end as finding
			  from ew_allegation a join ew_complaint c on c.id = a.complaint_id
			  where a.officer_id = :officer and c.received_on < :d and c.received_on >= (:d - interval '5 years')::date
			), counts as (
			  %s
			), repeated as (
			  %s
			), protocol as (
			  select count(*) as n, string_agg(description, chr(10) order by occurred_on, recorded_at) as description
			  from ew_protocol_finding f
			  where officer_id = :officer and occurred_on < :d and occurred_on >= (:d - make_interval(months => :protocolMonths))::date
			    and not exists (select 1 from ew_protocol_finding_withdrawal w where w.finding_id = f.id and w.withdrawn_at < :d)
			), praise as (
			  select count(*) as n from ew_commendation
			  where officer_id = :officer and received_on < :d and received_on >= (:d - interval '2 years')::date
			)"""
		.formatted(COUNTS, REPEATED);

	private static final String OWN_COLUMNS = """
			select me.id, me.agency_code, me.external_id, me.badge_number,
			  trim(coalesce(me.first_name, '') || ' ' || coalesce(me.last_name, '')) as name, me.rank, me.unit, me.roster_officer_id,
			  coalesce(c.c1, 0) as c1, coalesce(c.c2, 0) as c2, coalesce(c.c5, 0) as c5, coalesce(c.ct, 0) as ct,
			  coalesce(c.cp, 0) as cp, coalesce(c.s5, 0) as s5, coalesce(c.ns2, 0) as ns2,
			  r.category as repeated_category, coalesce(r.n, 0) as repeated, p.n as protocol, p.description as protocol_description,
			  g.n as praise, s.n as peers""";

	/**
	 * An officer's peer group: agency, rank and five-year band of service on the date ({@code -1} without a hire date).
	 */
	private static final String PEER_GROUP = "o.agency_code || '|' || coalesce(o.rank, '') || '|' "
			+ "|| coalesce(floor((cast(:d as date) - o.hire_date) / 1826.25)::int, -1)";

	private static final String KNOWN = "((o.roster_officer_id is not null and (o.hire_date is null or o.hire_date < :d)) "
			+ "or o.first_complaint_on < :d)";

	/**
	 * Memory for the sorts of a whole agency's indicators, for that statement's transaction only: at PostgreSQL's
	 * default of 4 MB the sort of 125,000 allegations of five years spilled to disk.
	 */
	static final String WORK_MEM = "set local work_mem = '32MB'";

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final TransactionTemplate transactions;

	IndicatorQueries(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transactions = transactions;
	}

	public List<Indicators> all(String agency, LocalDate asOf, IndicatorWindows windows) {
		return query(agency, asOf, windows);
	}

	public List<Indicators> one(UUID officer, LocalDate asOf, IndicatorWindows windows) {
		if (peerCountsHold(asOf, windows)) {
			jdbc.sql(
					"""
							insert into ew_peer_count (officer_id, peer_group, complaints)
							select o.id, %s, (select count(distinct a.complaint_id) from ew_allegation a join ew_complaint c on c.id = a.complaint_id
							    where a.officer_id = o.id and c.received_on < :d and c.received_on >= (:d - interval '5 years')::date
							      and c.received_on >= (:d - make_interval(months => :peerMonths))::date)
							from ew_officer o where o.id = :officer and %s
							on conflict (officer_id) do update set peer_group = excluded.peer_group, complaints = excluded.complaints
							where (ew_peer_count.peer_group, ew_peer_count.complaints) is distinct from (excluded.peer_group, excluded.complaints)
							"""
						.formatted(PEER_GROUP, KNOWN))
				.param("d", asOf).param("peerMonths", windows.peer()).param("officer", officer).update();
			return jdbc.sql(ONE_OFFICER_FROM_PEER_COUNTS.formatted(OWN_RECORD, OWN_COLUMNS))
				.params(parameters(asOf, windows))
				.param("officer", officer).query((rs, n) -> indicators(rs, asOf)).list();
		}
		return jdbc.sql(ONE_OFFICER.formatted(OWN_RECORD, OWN_COLUMNS)).params(parameters(asOf, windows))
			.param("officer", officer)
			.query((rs, n) -> indicators(rs, asOf)).list();
	}

	/**
	 * Keeps every known officer's complaint count in the peer window from a full computation as of {@code asOf}, so
	 * that {@link #one} on that date reads the peer group from the index instead of recounting it.
	 */
	public void keepPeerCounts(List<Indicators> everyone, LocalDate asOf, IndicatorWindows windows) {
		batch.update("delete from ew_peer_count");
		batch.update(connection -> {
			var statement = connection.prepareStatement(
					"""
							insert into ew_peer_count (officer_id, peer_group, complaints)
							select o.id, %s, u.complaints from unnest(?, ?) as u(id, complaints) join ew_officer o on o.id = u.id
							"""
						.formatted(PEER_GROUP.replace("cast(:d as date)", "cast(? as date)")));
			statement.setObject(1, asOf);
			statement.setArray(2,
					connection.createArrayOf("uuid", everyone.stream().map(Indicators::officerId).toArray()));
			statement.setArray(3,
					connection.createArrayOf("int4", everyone.stream().map(Indicators::peerComplaints).toArray()));
			return statement;
		});
		jdbc.sql("""
				insert into ew_peer_snapshot (id, as_of, peer_months) values (true, :d, :peerMonths)
				on conflict (id) do update set as_of = excluded.as_of, peer_months = excluded.peer_months
				""").param("d", asOf).param("peerMonths", windows.peer()).update();
	}

	private boolean peerCountsHold(LocalDate asOf, IndicatorWindows windows) {
		return jdbc.sql("select count(*) from ew_peer_snapshot where as_of = :d and peer_months = :peerMonths")
			.param("d", asOf)
			.param("peerMonths", windows.peer()).query(Integer.class).single() > 0;
	}

	public List<Breakdown> breakdown(UUID officer, LocalDate asOf) {
		return jdbc
			.sql("""
					select a.category, case when c.closed_on < :d then a.finding else 'PENDING' end as finding,
					  count(*) filter (where c.received_on >= (:d - interval '1 year')::date) as y1,
					  count(*) filter (where c.received_on >= (:d - interval '2 years')::date) as y2,
					  count(*) as y5
					from ew_allegation a join ew_complaint c on c.id = a.complaint_id
					where a.officer_id = :officer and c.received_on < :d and c.received_on >= (:d - interval '5 years')::date
					group by 1, 2 order by 1, 2
					""")
			.param("officer", officer).param("d", asOf)
			.query((rs, n) -> new Breakdown(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
			.list();
	}

	/** Officers of the agency with an allegation received in [from, to) that was finally SUSTAINED. */
	List<UUID> sustainedBetween(String agency, LocalDate from, LocalDate to) {
		return jdbc
			.sql("""
					select distinct a.officer_id from ew_allegation a join ew_complaint c on c.id = a.complaint_id
					where c.agency_code = :agency and a.finding = 'SUSTAINED' and c.received_on >= :from and c.received_on < :to
					""")
			.param("agency", agency).param("from", from).param("to", to).query(UUID.class).list();
	}

	public int rosterOfficersTracked() {
		return jdbc.sql("select count(*) from ew_officer where roster_officer_id is not null").query(Integer.class)
			.single();
	}

	public List<String> agencies() {
		return jdbc.sql("select distinct agency_code from ew_officer order by 1").query(String.class).list();
	}

	private List<Indicators> query(String agency, LocalDate asOf, IndicatorWindows windows) {
		return transactions.execute(tx -> {
			batch.execute(WORK_MEM);
			return jdbc.sql(INDICATORS.formatted(COUNTS, REPEATED, KNOWN)).params(parameters(asOf, windows))
				.param("agency", agency)
				.query((rs, n) -> indicators(rs, asOf)).list();
		});
	}

	/**
	 * The workforce serving on the date, officers without complaints included: appointed before it and not separated
	 * before it. An officer without an appointment date counts once known, by a roster entry or by a first complaint
	 * received before {@code knownBy}.
	 */
	private static final String WORKFORCE = """
			(o.separated_on is null or o.separated_on >= :d)
			    and ((o.hire_date is not null and o.hire_date < :d)
			      or (o.hire_date is null and (o.roster_officer_id is not null or o.first_complaint_on < :knownBy)))""";

	/** The indicators of every officer of the agency's workforce on {@code asOf} ({@link #WORKFORCE}). */
	public List<Indicators> workforce(String agency, LocalDate asOf, LocalDate knownBy, IndicatorWindows windows) {
		return transactions.execute(tx -> {
			batch.execute(WORK_MEM);
			return jdbc.sql(INDICATORS.formatted(COUNTS, REPEATED, WORKFORCE)).params(parameters(asOf, windows))
				.param("agency", agency)
				.param("knownBy", knownBy).query((rs, n) -> indicators(rs, asOf)).list();
		});
	}

	/** How many of the agency's workforce on the date count without an appointment date. */
	public int workforceWithoutAppointmentDate(String agency, LocalDate asOf, LocalDate knownBy) {
		return jdbc.sql("select count(*) from ew_officer o where o.agency_code = :agency and o.hire_date is null and "
				+ WORKFORCE)
			.param("agency", agency).param("d", asOf).param("knownBy", knownBy).query(Integer.class).single();
	}

	/**
	 * Officers of the agency with an allegation received in [from, to) that was finally SUSTAINED, each with whether
	 * they had no complaint at all before {@code from}.
	 */
	public Map<UUID, Boolean> sustainedWithFirstTimers(String agency, LocalDate from, LocalDate to) {
		record Positive(UUID officer, boolean firstTime) {
		}
		return jdbc
			.sql("""
					select distinct a.officer_id, not exists (select 1 from ew_allegation p join ew_complaint pc on pc.id = p.complaint_id
					    where p.officer_id = a.officer_id and pc.received_on < :from) as first_time
					from ew_allegation a join ew_complaint c on c.id = a.complaint_id
					where c.agency_code = :agency and a.finding = 'SUSTAINED' and c.received_on >= :from and c.received_on < :to
					""")
			.param("agency", agency).param("from", from).param("to", to)
			.query((rs, n) -> new Positive(rs.getObject(1, UUID.class), rs.getBoolean(2))).stream()
			.collect(java.util.stream.Collectors.toMap(Positive::officer, Positive::firstTime));
	}

	private static Map<String, Object> parameters(LocalDate asOf, IndicatorWindows windows) {
		return Map.of("d", asOf, "thresholdMonths", windows.threshold(), "peerMonths", windows.peer(),
				"repeatedMonths", windows.repeated(), "protocolMonths", windows.protocol());
	}

	private static Indicators indicators(ResultSet rs, LocalDate asOf) throws SQLException {
		return new Indicators(rs.getObject("id", UUID.class), rs.getString("agency_code"), rs.getString("external_id"),
				rs.getString("badge_number"), rs.getString("name"), rs.getString("rank"), rs.getString("unit"),
				rs.getObject("roster_officer_id", UUID.class), asOf, rs.getInt("c1"), rs.getInt("c2"), rs.getInt("c5"),
				rs.getInt("ct"), rs.getInt("cp"), rs.getInt("s5"), rs.getInt("ns2"), rs.getString("repeated_category"),
				rs.getInt("repeated"), rs.getInt("protocol"), rs.getString("protocol_description"), rs.getInt("praise"),
				rs.getDouble("percentile"), rs.getInt("peers"));
	}
}
