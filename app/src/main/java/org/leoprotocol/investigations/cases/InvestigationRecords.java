package org.leoprotocol.investigations.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.investigations.Allegation;
import org.leoprotocol.investigations.AllegationId;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.FindingRecord;
import org.leoprotocol.investigations.FindingStage;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.InvestigationStatus;
import org.leoprotocol.personnel.OfficerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Investigations, their allegations and the append-only finding history, in plain SQL. */
@Repository
public class InvestigationRecords {

	private static final String SELECT = """
			select id, case_number, case_type, complaint_id, status, summary, opened_by, opened_at, due_at, closed_at,
			       investigator
			from investigation
			""";

	private final JdbcClient jdbc;

	InvestigationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String nextCaseNumber(int year) {
		long number = jdbc.sql("select nextval('investigation_number')").query(Long.class).single();
		return "IA-%d-%04d".formatted(year, number);
	}

	public void insert(Investigation investigation) {
		jdbc.sql(
				"""
						insert into investigation (id, case_number, case_type, complaint_id, status, summary, opened_by, opened_at, due_at)
						values (:id, :number, :type, :complaint, :status, :summary, :by, :at, :due)
						""")
			.param("id", investigation.id().value()).param("number", investigation.caseNumber())
			.param("type", investigation.caseType().name())
			.param("complaint", investigation.complaintId() == null ? null : investigation.complaintId().value())
			.param("status", investigation.status().name()).param("summary", investigation.summary())
			.param("by", investigation.openedBy()).param("at", utc(investigation.openedAt()))
			.param("due", utc(investigation.dueAt()))
			.update();
		List<Allegation> allegations = investigation.allegations();
		for (int i = 0; i < allegations.size(); i++) {
			jdbc.sql("""
					insert into allegation (id, investigation_id, position, officer_id, category, description)
					values (:id, :investigation, :position, :officer, :category, :description)
					""")
				.param("id", allegations.get(i).id().value()).param("investigation", investigation.id().value())
				.param("position", i).param("officer", allegations.get(i).officerId().value())
				.param("category", allegations.get(i).category().name())
				.param("description", allegations.get(i).description())
				.update();
		}
	}

	public void update(Investigation investigation) {
		jdbc.sql(
				"update investigation set status = :status, investigator = :investigator, closed_at = :closed where id = :id")
			.param("status", investigation.status().name()).param("investigator", investigation.investigator())
			.param("closed", investigation.closedAt() == null ? null : utc(investigation.closedAt()))
			.param("id", investigation.id().value())
			.update();
	}

	public void appendFinding(FindingRecord finding) {
		jdbc.sql(
				"""
						insert into allegation_finding (allegation_id, stage, finding, agency_code, reason, recorded_by, recorded_at)
						values (:allegation, :stage, :finding, :code, :reason, :by, :at)
						""")
			.param("allegation", finding.allegationId().value()).param("stage", finding.stage().name())
			.param("finding", finding.finding().name()).param("code", finding.agencyCode())
			.param("reason", finding.reason())
			.param("by", finding.recordedBy()).param("at", utc(finding.recordedAt()))
			.update();
	}

	public Optional<Investigation> find(InvestigationId id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(this::investigation).optional();
	}

	public Optional<Investigation> findForUpdate(InvestigationId id) {
		return jdbc.sql(SELECT + " where id = :id for update").param("id", id.value()).query(this::investigation)
			.optional();
	}

	public Optional<Investigation> findByCaseNumber(String caseNumber) {
		return jdbc.sql(SELECT + " where case_number = :n").param("n", caseNumber).query(this::investigation)
			.optional();
	}

	public Optional<Investigation> findByComplaint(ComplaintId complaint) {
		return jdbc.sql(SELECT + " where complaint_id = :c").param("c", complaint.value()).query(this::investigation)
			.optional();
	}

	public List<Investigation> open(int limit) {
		return jdbc.sql(SELECT + " where status <> 'CLOSED' order by due_at limit :limit").param("limit", limit)
			.query(this::investigation).list();
	}

	public List<Investigation> overdue(Instant now, int limit) {
		return jdbc.sql(SELECT + " where status <> 'CLOSED' and due_at < :now order by due_at limit :limit")
			.param("now", utc(now)).param("limit", limit).query(this::investigation).list();
	}

	/**
	 * Cases matching every given criterion ({@code null} ones are left out): part of the case number, an allegation
	 * against one of the officers, one of the complaints, opened in [from, to). Newest first.
	 */
	List<Investigation> search(String caseNumber, java.util.Set<java.util.UUID> officers,
			java.util.Set<java.util.UUID> complaints,
			java.time.OffsetDateTime from, java.time.OffsetDateTime to, int limit) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where true");
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (caseNumber != null) {
			sql.append(" and position(upper(:number) in case_number) > 0");
			params.put("number", caseNumber);
		}
		if (officers != null) {
			sql.append(" and id in (select investigation_id from allegation where officer_id in (:officers))");
			params.put("officers", officers);
		}
		if (complaints != null) {
			sql.append(" and complaint_id in (:complaints)");
			params.put("complaints", complaints);
		}
		if (from != null) {
			sql.append(" and opened_at >= :from");
			params.put("from", from);
		}
		if (to != null) {
			sql.append(" and opened_at < :to");
			params.put("to", to);
		}
		sql.append(" order by opened_at desc limit :limit");
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query(this::investigation).list();
	}

	public List<Investigation> namingOfficer(OfficerId officer) {
		return jdbc
			.sql(SELECT
					+ " where id in (select investigation_id from allegation where officer_id = :o) order by opened_at")
			.param("o", officer.value()).query(this::investigation).list();
	}

	/** Open cases per investigator, with how many of them are overdue. */
	public List<Caseload> caseload(Instant now) {
		return jdbc.sql("""
				select investigator, count(*) as open_cases, count(*) filter (where due_at < :now) as overdue,
				       min(due_at) as next_due
				from investigation where status <> 'CLOSED' and investigator is not null
				group by investigator order by investigator
				""")
			.param("now", utc(now))
			.query((rs, row) -> new Caseload(rs.getString(1), rs.getInt(2), rs.getInt(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	public List<FindingRecord> findingHistory(InvestigationId id) {
		return jdbc.sql("""
				select f.allegation_id, f.stage, f.finding, f.agency_code, f.reason, f.recorded_by, f.recorded_at
				from allegation_finding f join allegation a on a.id = f.allegation_id
				where a.investigation_id = :id order by f.position
				""")
			.param("id", id.value()).query(InvestigationRecords::finding).list();
	}

	private List<Allegation> allegations(UUID investigationId) {
		List<FindingRecord> history = findingHistory(new InvestigationId(investigationId));
		return jdbc.sql(
				"select id, officer_id, category, description from allegation where investigation_id = :id order by position")
			.param("id", investigationId)
			.query((rs, row) -> {
				AllegationId id = new AllegationId(rs.getObject(1, UUID.class));
				return new Allegation(id, new OfficerId(rs.getObject(2, UUID.class)), Category.valueOf(rs.getString(3)),
						rs.getString(4), latest(history, id, FindingStage.RECOMMENDED),
						latest(history, id, FindingStage.FINAL));
			})
			.list();
	}

	private static FindingRecord latest(List<FindingRecord> history, AllegationId id, FindingStage stage) {
		FindingRecord latest = null;
		for (FindingRecord record : history) {
			if (record.allegationId().equals(id) && record.stage() == stage) {
				latest = record;
			}
		}
		return latest;
	}

	private Investigation investigation(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID complaint = rs.getObject("complaint_id", UUID.class);
		return new Investigation(new InvestigationId(id), rs.getString("case_number"),
				CaseType.valueOf(rs.getString("case_type")),
				complaint == null ? null : new ComplaintId(complaint),
				InvestigationStatus.valueOf(rs.getString("status")),
				rs.getString("summary"), rs.getString("opened_by"), instant(rs, "opened_at"), instant(rs, "due_at"),
				instant(rs, "closed_at"), rs.getString("investigator"), allegations(id));
	}

	private static FindingRecord finding(ResultSet rs, int row) throws SQLException {
		return new FindingRecord(new AllegationId(rs.getObject(1, UUID.class)), FindingStage.valueOf(rs.getString(2)),
				Finding.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
				rs.getTimestamp(7).toInstant());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		java.sql.Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
