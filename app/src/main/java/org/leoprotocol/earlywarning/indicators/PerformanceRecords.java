package org.leoprotocol.earlywarning.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.leoprotocol.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Leo's Protocol findings and commendations per history officer (both append-only), and officers' names. Each is stored
 * under its id once: adding it again, as a redelivered event does, writes nothing.
 */
@Repository
public class PerformanceRecords {

	private final JdbcClient jdbc;

	PerformanceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Returns whether the finding was new. */
	public boolean addProtocolFinding(UUID id, UUID officer, LocalDate occurredOn, String kind, String description,
			String reference,
			Actor by, Instant at) {
		return jdbc
			.sql("""
					insert into ew_protocol_finding (id, officer_id, occurred_on, kind, description, reference, recorded_at, recorded_by)
					values (:id, :officer, :on, :kind, :description, :reference, :at, :by)
					on conflict (id) do nothing
					""")
			.param("id", id).param("officer", officer).param("on", occurredOn).param("kind", kind)
			.param("description", description).param("reference", reference).param("at", at.atOffset(ZoneOffset.UTC))
			.param("by", by.username()).update() == 1;
	}

	/**
	 * Marks a finding withdrawn (an amendment of the record it came from no longer supports it); the finding stays on
	 * the officer's record, marked, and stops counting. Returns the history officer it concerned, if Leo knew of it.
	 */
	public java.util.Optional<UUID> withdrawProtocolFinding(UUID id, String reason, String reference, Instant at) {
		return jdbc.sql("""
				insert into ew_protocol_finding_withdrawal (finding_id, withdrawn_at, reason, reference)
				select id, :at, :reason, :reference from ew_protocol_finding where id = :id
				on conflict (finding_id) do nothing
				returning (select officer_id from ew_protocol_finding where id = :id)
				""").param("id", id).param("at", at.atOffset(ZoneOffset.UTC)).param("reason", reason)
			.param("reference", reference)
			.query(UUID.class).optional();
	}

	/** Returns whether the commendation was new. */
	public boolean addCommendation(UUID id, UUID officer, LocalDate receivedOn, String description, String source,
			Actor by,
			Instant at) {
		return jdbc.sql("""
				insert into ew_commendation (id, officer_id, received_on, description, source, recorded_at, recorded_by)
				values (:id, :officer, :on, :description, :source, :at, :by)
				on conflict (id) do nothing
				""").param("id", id).param("officer", officer).param("on", receivedOn)
			.param("description", description).param("source", source).param("at", at.atOffset(ZoneOffset.UTC))
			.param("by", by.username()).update() == 1;
	}

	public List<PerformanceEntry> protocolFindings(UUID officer) {
		return jdbc.sql("""
				select f.occurred_on, f.kind, f.description, w.reason
				from ew_protocol_finding f left join ew_protocol_finding_withdrawal w on w.finding_id = f.id
				where f.officer_id = :officer order by f.occurred_on desc
				""")
			.param("officer", officer)
			.query((rs, n) -> new PerformanceEntry(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	public List<PerformanceEntry> commendations(UUID officer) {
		return jdbc.sql(
				"select received_on, coalesce(source, ''), description from ew_commendation where officer_id = :officer order by received_on desc")
			.param("officer", officer)
			.query((rs, n) -> new PerformanceEntry(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** The history officers that stand for these officers of this installation's roster. */
	public java.util.Set<UUID> standingFor(Collection<UUID> rosterOfficers) {
		if (rosterOfficers.isEmpty()) {
			return java.util.Set.of();
		}
		return java.util.Set.copyOf(jdbc.sql("select id from ew_officer where roster_officer_id in (:ids)")
			.param("ids", rosterOfficers)
			.query(UUID.class)
			.list());
	}

	/** Which of these history officers stand for officers on this installation's roster (not an imported agency's). */
	public java.util.Set<UUID> onRoster(Collection<UUID> officers) {
		if (officers.isEmpty()) {
			return java.util.Set.of();
		}
		return java.util.Set
			.copyOf(jdbc.sql("select id from ew_officer where id in (:ids) and roster_officer_id is not null")
				.param("ids", officers)
				.query(UUID.class)
				.list());
	}

	/** "Name (badge N) · AGENCY" for each officer id. */
	public Map<UUID, String> labels(Collection<UUID> officers) {
		Map<UUID, String> labels = new HashMap<>();
		if (officers.isEmpty()) {
			return labels;
		}
		jdbc.sql(
				"""
						select id, trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), badge_number, agency_code, external_id
						from ew_officer where id in (:ids)
						""")
			.param("ids", officers).query(rs -> {
				String name = rs.getString(2).isBlank() ? "officer " + rs.getString(5) : rs.getString(2);
				String badge = rs.getString(3) == null ? "" : " (badge " + rs.getString(3) + ")";
				labels.put(rs.getObject(1, UUID.class), name + badge + " · " + rs.getString(4));
			});
		return labels;
	}
}
