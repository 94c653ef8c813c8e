package org.leoprotocol.personnel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officers and their status histories, in plain SQL. */
@Repository
class Officers {

	private static final String SELECT = """
			select id, agency_code, badge_number, first_name, last_name, rank, unit_id, hire_date, status from officer
			""";

	private final JdbcClient jdbc;

	Officers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Officer> findById(OfficerId id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(Officers::officer).optional();
	}

	Optional<Officer> findByIdForUpdate(OfficerId id) {
		return jdbc.sql(SELECT + " where id = :id for update").param("id", id.value()).query(Officers::officer)
			.optional();
	}

	Optional<Officer> findByBadge(String agencyCode, String badgeNumber) {
		return jdbc.sql(SELECT + " where agency_code = :agency and badge_number = :badge")
			.param("agency", agencyCode)
			.param("badge", badgeNumber)
			.query(Officers::officer)
			.optional();
	}

	/** Every officer assigned to one of the units, by name. */
	List<Officer> inUnits(java.util.Collection<UUID> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where unit_id in (:units) order by last_name, first_name, badge_number")
			.param("units", unitIds)
			.query(Officers::officer)
			.list();
	}

	/** Officers whose badge starts with, or whose name contains, the text; all officers for blank text. */
	List<Officer> search(String text, OfficerStatus status, int limit) {
		String pattern = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		return jdbc.sql(SELECT + """
				 where (:text = '' or badge_number like :prefix
				        or lower(first_name || ' ' || last_name) like :contains)
				   and (cast(:status as text) is null or status = cast(:status as text))
				 order by last_name, first_name, badge_number
				 limit :limit
				""")
			.param("text", pattern)
			.param("prefix", escapeLike(pattern) + "%")
			.param("contains", "%" + escapeLike(pattern) + "%")
			.param("status", status == null ? null : status.name())
			.param("limit", limit)
			.query(Officers::officer)
			.list();
	}

	void insert(Officer officer, Instant createdAt) {
		jdbc.sql("""
				insert into officer (id, agency_code, badge_number, first_name, last_name, rank, unit_id, hire_date,
				                     status, created_at)
				values (:id, :agency, :badge, :first, :last, :rank, :unit, :hired, :status, :created)
				""")
			.param("id", officer.id().value())
			.param("agency", officer.agencyCode())
			.param("badge", officer.badgeNumber())
			.param("first", officer.firstName())
			.param("last", officer.lastName())
			.param("rank", officer.rank())
			.param("unit", officer.unitId())
			.param("hired", officer.hireDate())
			.param("status", officer.status().name())
			.param("created", createdAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	void updateProfile(Officer officer) {
		jdbc.sql("""
				update officer set first_name = :first, last_name = :last, rank = :rank, unit_id = :unit,
				                   hire_date = :hired, version = version + 1
				where id = :id
				""")
			.param("id", officer.id().value())
			.param("first", officer.firstName())
			.param("last", officer.lastName())
			.param("rank", officer.rank())
			.param("unit", officer.unitId())
			.param("hired", officer.hireDate())
			.update();
	}

	void recordStatusChange(OfficerId id, StatusChange change) {
		jdbc.sql("update officer set status = :status, version = version + 1 where id = :id")
			.param("status", change.to().name())
			.param("id", id.value())
			.update();
		jdbc.sql("""
				insert into officer_status_change (officer_id, changed_at, from_status, to_status, reason, changed_by,
				                                   case_reference)
				values (:id, :at, :from, :to, :reason, :by, :case)
				""")
			.param("id", id.value())
			.param("at", change.changedAt().atOffset(ZoneOffset.UTC))
			.param("from", change.from() == null ? null : change.from().name())
			.param("to", change.to().name())
			.param("reason", change.reason())
			.param("by", change.changedBy())
			.param("case", change.caseReference())
			.update();
	}

	List<StatusChange> history(OfficerId id) {
		return jdbc.sql("""
				select changed_at, from_status, to_status, reason, changed_by, case_reference
				from officer_status_change where officer_id = :id order by position desc
				""")
			.param("id", id.value())
			.query((rs, row) -> new StatusChange(rs.getTimestamp(1).toInstant(), status(rs.getString(2)),
					status(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from officer").query(Long.class).single();
	}

	private static Officer officer(ResultSet rs, int row) throws SQLException {
		return new Officer(new OfficerId(rs.getObject("id", UUID.class)), rs.getString("agency_code"),
				rs.getString("badge_number"), rs.getString("first_name"), rs.getString("last_name"),
				rs.getString("rank"),
				rs.getObject("unit_id", UUID.class), rs.getObject("hire_date", LocalDate.class),
				OfficerStatus.valueOf(rs.getString("status")));
	}

	private static OfficerStatus status(String name) {
		return name == null ? null : OfficerStatus.valueOf(name);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
