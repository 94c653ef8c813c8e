package org.leoprotocol.investigations;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.personnel.OfficerId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every case Leo has opened and closed, replayed as the {@link InvestigationOpened} and {@link InvestigationClosed}
 * events published at the time, with their historical instants: for a module that keeps read models from those events
 * and must rebuild them. A closed case's outcomes are its allegations with their latest final finding, exactly what
 * {@code Investigations.close} published (a case closes only when every allegation has one). Streamed from a database
 * cursor, so the number of cases does not matter.
 */
@Component
public class InvestigationHistory {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	InvestigationHistory(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(BATCH);
	}

	/** Each case as opened, in no particular order; in the caller's transaction when there is one. */
	@Transactional(readOnly = true)
	public void replayOpened(Consumer<InvestigationOpened> opened) {
		jdbc.query(
				"""
						select i.id, i.case_number, i.case_type, i.opened_at, i.due_at, i.complaint_id,
						       array(select a.officer_id from allegation a where a.investigation_id = i.id order by a.position) as accused
						from investigation i""",
				(ResultSet row) -> {
					UUID complaint = row.getObject("complaint_id", UUID.class);
					opened.accept(new InvestigationOpened(new InvestigationId(row.getObject("id", UUID.class)),
							row.getString("case_number"),
							CaseType.valueOf(row.getString("case_type")),
							Arrays.stream((Object[]) row.getArray("accused").getArray())
								.map(id -> new OfficerId((UUID) id)).distinct().toList(),
							row.getTimestamp("opened_at").toInstant(), row.getTimestamp("due_at").toInstant(),
							complaint == null ? null : new ComplaintId(complaint)));
				});
	}

	/**
	 * Each closed case with its final findings, in no particular order; in the caller's transaction when there is one.
	 */
	@Transactional(readOnly = true)
	public void replayClosed(Consumer<InvestigationClosed> closed) {
		ClosedCase current = new ClosedCase();
		jdbc.query("""
				select i.id, i.case_number, i.closed_at, a.officer_id, a.category,
				       (select f.finding from allegation_finding f where f.allegation_id = a.id and f.stage = 'FINAL'
				        order by f.position desc limit 1) as finding
				from investigation i join allegation a on a.investigation_id = i.id
				where i.status = 'CLOSED' order by i.id, a.position""", (ResultSet row) -> {
			InvestigationId id = new InvestigationId(row.getObject("id", UUID.class));
			if (!id.equals(current.id)) {
				current.emit(closed);
				current.start(id, row.getString("case_number"), row.getTimestamp("closed_at").toInstant());
			}
			if (row.getString("finding") != null) {
				current.outcomes
					.add(new InvestigationClosed.Outcome(new OfficerId(row.getObject("officer_id", UUID.class)),
							Category.valueOf(row.getString("category")), Finding.valueOf(row.getString("finding"))));
			}
		});
		current.emit(closed);
	}

	/** The case whose allegations the cursor is reading. */
	private static final class ClosedCase {

		private InvestigationId id;
		private String caseNumber;
		private java.time.Instant closedAt;
		private List<InvestigationClosed.Outcome> outcomes = new ArrayList<>();

		void start(InvestigationId id, String caseNumber, java.time.Instant closedAt) {
			this.id = id;
			this.caseNumber = caseNumber;
			this.closedAt = closedAt;
			this.outcomes = new ArrayList<>();
		}

		void emit(Consumer<InvestigationClosed> closed) {
			if (id != null) {
				closed.accept(new InvestigationClosed(id, caseNumber, closedAt, List.copyOf(outcomes)));
			}
		}
	}
}
