package org.leoprotocol.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Complaints, the officers they name, and their public stages, in plain SQL. */
@Repository
class Complaints {

	private static final String SELECT = """
			select id, tracking_code, kind, stage, filed_for, about_a_child, anonymous, complainant_name, represented_person,
			       relationship, contact_email, contact_phone, occurred_on, location, narrative, received_at, case_reference
			from complaint
			""";

	private final JdbcClient jdbc;

	Complaints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored secret row: the complaint's id, its code, the access key hash and the sealed key. */
	@SuppressWarnings("ArrayRecordComponent") // a stored row's hash and sealed key, carried to one caller; never
												// compared or kept in a set
	record Secrets(ComplaintId id, String trackingCode, byte[] accessKeyHash, byte[] sealedAccessKey, Kind kind,
			Instant receivedAt) {
	}

	/**
	 * Stores a new complaint with its officers and its first stage in one statement, so that intake pays one round trip
	 * for it. Returns {@code false}, storing nothing, when a complaint with the same idempotency hash exists: the
	 * earlier submission (or a concurrent twin, once it commits) is then the one to acknowledge.
	 */
	boolean insert(Complaint complaint, byte[] accessKeyHash, byte[] idempotencyHash, byte[] sealedKey) {
		Submission s = complaint.submission();
		StringBuilder sql = new StringBuilder(
				"""
						with stored as (
						  insert into complaint (id, tracking_code, access_key_hash, idempotency_hash, sealed_access_key, kind, stage,
						    filed_for, about_a_child, anonymous, complainant_name, represented_person, relationship, contact_email,
						    contact_phone, occurred_on, location, narrative, received_at)
						  values (:id, :code, :keyHash, :idem, :sealed, :kind, :stage, :filedFor, :child, :anonymous, :name, :represented,
						    :relationship, :email, :phone, :occurredOn, :location, :narrative, :receivedAt)
						  on conflict (idempotency_hash) do nothing
						  returning id, stage, received_at
						), first_stage as (
						  insert into complaint_stage_change (complaint_id, stage, changed_at) select id, stage, received_at from stored
						)""");
		List<Complaint.Officer> officers = complaint.officers();
		if (!officers.isEmpty()) {
			sql.append(
					"""
							, named as (
							  insert into complaint_officer (complaint_id, position, badge_number, officer_name, description, officer_id)
							  select stored.id, v.position, v.badge, v.name, v.description, v.officer from stored, (values\s""");
			for (int i = 0; i < officers.size(); i++) {
				sql.append(i == 0 ? "" : ", ").append(
						"(%d, cast(:badge%d as text), cast(:name%d as text), cast(:description%d as text), cast(:officer%d as uuid))"
							.formatted(i, i, i, i, i));
			}
			sql.append(") as v (position, badge, name, description, officer))");
		}
		sql.append(" select count(*) from stored");
		var statement = jdbc.sql(sql.toString())
			.param("id", complaint.id().value()).param("code", complaint.trackingCode()).param("keyHash", accessKeyHash)
			.param("idem", idempotencyHash).param("sealed", sealedKey).param("kind", complaint.kind().name())
			.param("stage", complaint.stage().name()).param("filedFor", s.filedFor().name())
			.param("child", s.aboutAChild())
			.param("anonymous", s.anonymous()).param("name", s.name()).param("represented", s.representedPerson())
			.param("relationship", s.relationship()).param("email", s.email()).param("phone", s.phone())
			.param("occurredOn", s.occurredOn()).param("location", s.location()).param("narrative", s.narrative())
			.param("receivedAt", complaint.receivedAt().atOffset(ZoneOffset.UTC));
		for (int i = 0; i < officers.size(); i++) {
			Complaint.Officer officer = officers.get(i);
			statement = statement.param("badge" + i, officer.named().badgeNumber())
				.param("name" + i, officer.named().name())
				.param("description" + i, officer.named().description())
				.param("officer" + i, officer.officerId() == null ? null : officer.officerId().value());
		}
		return statement.query(Long.class).single() == 1;
	}

	Optional<Secrets> secretsByIdempotency(byte[] idempotencyHash) {
		return jdbc.sql(
				"select id, tracking_code, access_key_hash, sealed_access_key, kind, received_at from complaint where idempotency_hash = :h")
			.param("h", idempotencyHash).query(Complaints::secrets).optional();
	}

	Optional<Secrets> secretsByCode(String trackingCode) {
		return jdbc.sql(
				"select id, tracking_code, access_key_hash, sealed_access_key, kind, received_at from complaint where tracking_code = :c")
			.param("c", trackingCode).query(Complaints::secrets).optional();
	}

	Optional<Complaint> find(ComplaintId id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(this::complaint).optional();
	}

	Optional<Complaint> findForUpdate(ComplaintId id) {
		return jdbc.sql(SELECT + " where id = :id for update").param("id", id.value()).query(this::complaint)
			.optional();
	}

	/** Complaints whose complainant, or the person filed for, has a name containing the text (any case). */
	List<ComplaintId> filedByName(String text) {
		return jdbc.sql("""
				select id from complaint
				where position(lower(:t) in lower(coalesce(complainant_name, ''))) > 0
				   or position(lower(:t) in lower(coalesce(represented_person, ''))) > 0
				limit 1000
				""").param("t", text).query((rs, n) -> new ComplaintId(rs.getObject("id", java.util.UUID.class)))
			.list();
	}

	List<Complaint> inStage(Stage stage, int limit) {
		return jdbc.sql(SELECT + " where stage = :stage order by received_at limit :limit").param("stage", stage.name())
			.param("limit", limit).query(this::complaint).list();
	}

	List<Complaint> namingOfficer(OfficerId officer, Kind kind) {
		return jdbc.sql(SELECT + """
				 where kind = :kind and id in (select complaint_id from complaint_officer where officer_id = :officer)
				 order by received_at
				""").param("kind", kind.name()).param("officer", officer.value()).query(this::complaint).list();
	}

	/** Whether any complaint (not a commendation) names the officer. */
	boolean complaintNames(OfficerId officer) {
		return jdbc.sql("""
				select exists (select 1 from complaint_officer o join complaint c on c.id = o.complaint_id
				                where o.officer_id = :officer and c.kind = 'COMPLAINT')
				""").param("officer", officer.value()).query(Boolean.class).single();
	}

	/** Whether this complaint names the officer. */
	boolean names(ComplaintId id, OfficerId officer) {
		return jdbc
			.sql("select exists (select 1 from complaint_officer where complaint_id = :id and officer_id = :officer)")
			.param("id", id.value()).param("officer", officer.value()).query(Boolean.class).single();
	}

	void moveTo(ComplaintId id, StageChange change, String caseReference) {
		jdbc.sql("update complaint set stage = :stage, case_reference = coalesce(:case, case_reference) where id = :id")
			.param("stage", change.stage().name()).param("case", caseReference).param("id", id.value()).update();
		recordStage(id, change);
	}

	List<StageChange> history(ComplaintId id) {
		return jdbc.sql("""
				select stage, changed_at, note, note_key, note_argument from complaint_stage_change
				where complaint_id = :id order by position""")
			.param("id", id.value())
			.query((rs, row) -> new StageChange(Stage.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
					rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	private void recordStage(ComplaintId id, StageChange change) {
		jdbc.sql("""
				insert into complaint_stage_change (complaint_id, stage, changed_at, note, note_key, note_argument)
				values (:id, :stage, :at, :note, :key, :argument)""")
			.param("id", id.value()).param("stage", change.stage().name())
			.param("at", change.changedAt().atOffset(ZoneOffset.UTC)).param("note", change.note())
			.param("key", change.noteKey()).param("argument", change.noteArgument())
			.update();
	}

	private List<Complaint.Officer> officers(UUID complaintId) {
		return jdbc.sql(
				"select badge_number, officer_name, description, officer_id from complaint_officer where complaint_id = :id order by position")
			.param("id", complaintId)
			.query((rs, row) -> new Complaint.Officer(
					new NamedOfficer(rs.getString(1), rs.getString(2), rs.getString(3)),
					rs.getObject(4) == null ? null : new OfficerId(rs.getObject(4, UUID.class))))
			.list();
	}

	private Complaint complaint(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<Complaint.Officer> officers = officers(id);
		Submission submission = new Submission(Kind.valueOf(rs.getString("kind")),
				FiledFor.valueOf(rs.getString("filed_for")),
				rs.getBoolean("anonymous"), rs.getString("complainant_name"), rs.getString("represented_person"),
				rs.getString("relationship"), rs.getBoolean("about_a_child"), rs.getString("contact_email"),
				rs.getString("contact_phone"), rs.getString("occurred_on"), rs.getString("location"),
				rs.getString("narrative"),
				officers.stream().map(Complaint.Officer::named).toList());
		return new Complaint(new ComplaintId(id), rs.getString("tracking_code"), submission.kind(),
				Stage.valueOf(rs.getString("stage")),
				submission, officers, rs.getTimestamp("received_at").toInstant(), rs.getString("case_reference"));
	}

	private static Secrets secrets(ResultSet rs, int row) throws SQLException {
		return new Secrets(new ComplaintId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getBytes(3),
				rs.getBytes(4),
				Kind.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant());
	}
}
