package org.leoprotocol.evidence.item;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.EvidenceKind;
import org.leoprotocol.evidence.EvidenceLink;
import org.leoprotocol.evidence.ItemState;
import org.leoprotocol.evidence.LinkKind;
import org.leoprotocol.evidence.Recording;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence items and their links, in plain SQL. */
@Repository
public class EvidenceItems {

	private static final String COLUMNS = """
			select id, kind, media_type, file_name, size_bytes, sha256, storage_key, device, officer_id, recorded_from,
			       recorded_to, location, ingested_at, ingested_by, state, deletion_due
			from evidence_item
			""";

	private final JdbcClient jdbc;

	public EvidenceItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(EvidenceItem item) {
		Recording r = item.recording();
		jdbc.sql(
				"""
						insert into evidence_item (id, kind, media_type, file_name, size_bytes, sha256, storage_key, device, officer_id,
						                           recorded_from, recorded_to, location, ingested_at, ingested_by)
						values (:id, :kind, :mediaType, :fileName, :size, :sha, :key, :device, :officer, :from, :to, :location, :at, :by)
						""")
			.param("id", item.id().value()).param("kind", item.kind().name()).param("mediaType", item.mediaType())
			.param("fileName", item.fileName()).param("size", item.sizeBytes()).param("sha", item.sha256())
			.param("key", item.storageKey()).param("device", r.device())
			.param("officer", r.officer() == null ? null : r.officer().value()).param("from", at(r.from()))
			.param("to", at(r.to())).param("location", r.location()).param("at", at(item.ingestedAt()))
			.param("by", item.ingestedBy()).update();
	}

	public Optional<EvidenceItem> find(EvidenceId id) {
		return jdbc.sql(COLUMNS + "where id = :id").param("id", id.value()).query(EvidenceItems::item).optional();
	}

	public EvidenceItem get(EvidenceId id) {
		return find(id).orElseThrow(() -> new UnknownRecord("evidence.unknown", id));
	}

	/**
	 * The next {@code limit} items after {@code after} (by id; null: from the start) that a retention sweep must look
	 * at: active items with a retention category, and items queued for deletion. The others (most of the table, kept
	 * until deleted by hand or already purged) are never read.
	 */
	public List<EvidenceItem> sweepable(EvidenceId after, int limit) {
		return jdbc
			.sql(COLUMNS
					+ """
							where (state = 'DELETION_PENDING'
							       or (state = 'ACTIVE' and exists (select 1 from evidence_retention r where r.evidence_id = evidence_item.id)))
							  and id > :after
							order by id limit :limit
							""")
			.param("after", after == null ? new UUID(0, 0) : after.value()).param("limit", limit)
			.query(EvidenceItems::item).list();
	}

	public List<EvidenceItem> recent(int limit) {
		return jdbc.sql(COLUMNS + "order by ingested_at desc limit :limit").param("limit", limit)
			.query(EvidenceItems::item).list();
	}

	public List<EvidenceItem> withSha(String sha256) {
		return jdbc.sql(COLUMNS + "where sha256 = :sha").param("sha", sha256).query(EvidenceItems::item).list();
	}

	public List<EvidenceItem> all() {
		return jdbc.sql(COLUMNS + "order by ingested_at").query(EvidenceItems::item).list();
	}

	public void changeState(EvidenceId id, ItemState state, Instant deletionDue) {
		jdbc.sql("update evidence_item set state = :state, deletion_due = :due where id = :id")
			.param("state", state.name()).param("due", at(deletionDue)).param("id", id.value()).update();
	}

	public void link(EvidenceId id, EvidenceLink link) {
		jdbc.sql(
				"""
						insert into evidence_link (evidence_id, kind, reference, subject_officer, linked_at, linked_by)
						values (:id, :kind, :reference, :subject, :at, :by)
						on conflict (evidence_id, kind, reference) do update set subject_officer = coalesce(excluded.subject_officer, evidence_link.subject_officer)
						""")
			.param("id", id.value()).param("kind", link.kind().name()).param("reference", link.reference())
			.param("subject", link.subject() == null ? null : link.subject().value()).param("at", at(link.linkedAt()))
			.param("by", link.linkedBy()).update();
	}

	public List<EvidenceLink> links(EvidenceId id) {
		return jdbc.sql(
				"select kind, reference, subject_officer, linked_at, linked_by from evidence_link where evidence_id = :id order by linked_at")
			.param("id", id.value())
			.query((rs, row) -> new EvidenceLink(LinkKind.valueOf(rs.getString("kind")),
					rs.getString("reference"),
					officer(rs, "subject_officer"), rs.getTimestamp("linked_at").toInstant(),
					rs.getString("linked_by")))
			.list();
	}

	private static EvidenceItem item(ResultSet rs, int row) throws SQLException {
		return new EvidenceItem(new EvidenceId(rs.getObject("id", UUID.class)),
				EvidenceKind.valueOf(rs.getString("kind")),
				rs.getString("media_type"), rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getString("storage_key"),
				new Recording(rs.getString("device"), officer(rs, "officer_id"),
						instant(rs.getTimestamp("recorded_from")),
						instant(rs.getTimestamp("recorded_to")), rs.getString("location")),
				rs.getTimestamp("ingested_at").toInstant(), rs.getString("ingested_by"),
				ItemState.valueOf(rs.getString("state")), instant(rs.getTimestamp("deletion_due")));
	}

	private static OfficerId officer(ResultSet rs, String column) throws SQLException {
		UUID id = rs.getObject(column, UUID.class);
		return id == null ? null : new OfficerId(id);
	}

	public static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	public static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
