package org.leoprotocol.evidence.retention;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.postgresql.util.PGInterval;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.shared.Actor;

/** Retention categories, the categories applied to items, and legal holds. */
@Repository
public class RetentionRecords {

	private final JdbcClient jdbc;

	RetentionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RetentionCategory> categories() {
		return jdbc.sql("select code, name, duration, basis from retention_category order by code")
			.query((rs, row) -> new RetentionCategory(rs.getString("code"), rs.getString("name"),
					period((PGInterval) rs.getObject("duration")), rs.getString("basis")))
			.list();
	}

	public List<String> categoriesOf(EvidenceId id) {
		return jdbc.sql("select category from evidence_retention where evidence_id = :id order by category")
			.param("id", id.value())
			.query(String.class).list();
	}

	public boolean apply(EvidenceId id, String category, Actor by, Instant at) {
		return jdbc.sql("""
				insert into evidence_retention (evidence_id, category, set_by, set_at) values (:id, :category, :by, :at)
				on conflict do nothing
				""").param("id", id.value()).param("category", category).param("by", by.username())
			.param("at", EvidenceItems.at(at))
			.update() == 1;
	}

	public Optional<String> hold(EvidenceId id) {
		return jdbc.sql("select reason from evidence_legal_hold where evidence_id = :id").param("id", id.value())
			.query(String.class)
			.optional();
	}

	public void placeHold(EvidenceId id, String reason, Actor by, Instant at) {
		jdbc.sql(
				"insert into evidence_legal_hold (evidence_id, reason, placed_by, placed_at) values (:id, :reason, :by, :at)")
			.param("id", id.value()).param("reason", reason).param("by", by.username())
			.param("at", EvidenceItems.at(at)).update();
	}

	public void liftHold(EvidenceId id) {
		jdbc.sql("delete from evidence_legal_hold where evidence_id = :id").param("id", id.value()).update();
	}

	public boolean inCase(EvidenceId id) {
		return jdbc.sql("select exists (select 1 from evidence_link where evidence_id = :id and kind = 'CASE')")
			.param("id", id.value())
			.query(Boolean.class).single();
	}

	public long othersSharing(EvidenceItem item) {
		return jdbc
			.sql("""
					select (select count(*) from evidence_item where storage_key = :key and id <> :id and state <> 'DELETED')
					     + (select count(*) from evidence_export where storage_key = :key)
					""")
			.param("key", item.storageKey()).param("id", item.id().value()).query(Long.class).single();
	}

	private static Period period(PGInterval interval) {
		return interval == null ? null : Period.of(interval.getYears(), interval.getMonths(), interval.getDays());
	}
}
