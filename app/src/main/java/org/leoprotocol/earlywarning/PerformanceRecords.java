package org.leoprotocol.earlywarning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Leo's Protocol findings and commendations per history officer (both append-only), and officers' names. Each is
 * stored under its id once: adding it again, as a redelivered event does, writes nothing.
 */
@Repository
class PerformanceRecords {

	/** A protocol finding or a commendation as the officer's record shows it. */
	record Entry(LocalDate on, String kind, String description) {
	}

	private final JdbcClient jdbc;

	PerformanceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Returns whether the finding was new. */
	boolean addProtocolFinding(UUID id, UUID officer, LocalDate occurredOn, String kind, String description, String reference,
			String by, Instant at) {
		return jdbc.sql("""
				insert into ew_protocol_finding (id, officer_id, occurred_on, kind, description, reference, recorded_at, recorded_by)
				values (:id, :officer, :on, :kind, :description, :reference, :at, :by)
				on conflict (id) do nothing
				""").param("id", id).param("officer", officer).param("on", occurredOn).param("kind", kind)
			.param("description", description).param("reference", reference).param("at", at.atOffset(ZoneOffset.UTC))
			.param("by", by).update() == 1;
	}

	/** Returns whether the commendation was new. */
	boolean addCommendation(UUID id, UUID officer, LocalDate receivedOn, String description, String source, String by, Instant at) {
		return jdbc.sql("""
				insert into ew_commendation (id, officer_id, received_on, description, source, recorded_at, recorded_by)
				values (:id, :officer, :on, :description, :source, :at, :by)
				on conflict (id) do nothing
				""").param("id", id).param("officer", officer).param("on", receivedOn)
			.param("description", description).param("source", source).param("at", at.atOffset(ZoneOffset.UTC))
			.param("by", by).update() == 1;
	}

	List<Entry> protocolFindings(UUID officer) {
		return jdbc.sql("select occurred_on, kind, description from ew_protocol_finding where officer_id = :officer order by occurred_on desc")
			.param("officer", officer).query((rs, n) -> new Entry(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3))).list();
	}

	List<Entry> commendations(UUID officer) {
		return jdbc.sql("select received_on, coalesce(source, ''), description from ew_commendation where officer_id = :officer order by received_on desc")
			.param("officer", officer).query((rs, n) -> new Entry(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3))).list();
	}

	/** "Name (badge N) · AGENCY" for each officer id. */
	Map<UUID, String> labels(Collection<UUID> officers) {
		Map<UUID, String> labels = new HashMap<>();
		if (officers.isEmpty()) {
			return labels;
		}
		jdbc.sql("""
				select id, trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), badge_number, agency_code, external_id
				from ew_officer where id in (:ids)
				""").param("ids", officers).query(rs -> {
					String name = rs.getString(2).isBlank() ? "officer " + rs.getString(5) : rs.getString(2);
					String badge = rs.getString(3) == null ? "" : " (badge " + rs.getString(3) + ")";
					labels.put(rs.getObject(1, UUID.class), name + badge + " · " + rs.getString(4));
				});
		return labels;
	}
}
