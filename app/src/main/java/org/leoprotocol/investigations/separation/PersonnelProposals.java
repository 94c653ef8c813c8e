package org.leoprotocol.investigations.separation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Proposed personnel actions of cases and their approvals, both append-only. */
@Repository
public class PersonnelProposals {

	private static final String SELECT = """
			select p.id, p.investigation_id, p.officer_id, p.action, p.reason, p.proposed_by, p.proposed_at, a.approved_by, a.approved_at
			from case_personnel_proposal p left join case_personnel_approval a on a.proposal_id = p.id
			""";

	private final JdbcClient jdbc;

	PersonnelProposals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(PersonnelProposal proposal) {
		jdbc.sql(
				"""
						insert into case_personnel_proposal (id, investigation_id, officer_id, action, reason, proposed_by, proposed_at)
						values (:id, :c, :o, :a, :r, :by, :at)
						""")
			.param("id", proposal.id()).param("c", proposal.investigationId()).param("o", proposal.officerId())
			.param("a", proposal.action()).param("r", proposal.reason()).param("by", proposal.proposedBy())
			.param("at", proposal.proposedAt().atOffset(ZoneOffset.UTC)).update();
	}

	public void approve(UUID proposal, String approvedBy, Instant at) {
		jdbc.sql("insert into case_personnel_approval (proposal_id, approved_by, approved_at) values (:p, :by, :at)")
			.param("p", proposal).param("by", approvedBy).param("at", at.atOffset(ZoneOffset.UTC)).update();
	}

	/** The proposal, its row locked so that two approvals cannot race. */
	public Optional<PersonnelProposal> findForUpdate(UUID investigation, UUID proposal) {
		jdbc.sql("select id from case_personnel_proposal where id = :p for update").param("p", proposal)
			.query(UUID.class).optional();
		return jdbc.sql(SELECT + " where p.id = :p and p.investigation_id = :c").param("p", proposal)
			.param("c", investigation)
			.query(PersonnelProposals::proposal).optional();
	}

	public List<PersonnelProposal> of(UUID investigation) {
		return jdbc.sql(SELECT + " where p.investigation_id = :c order by p.proposed_at, p.id")
			.param("c", investigation)
			.query(PersonnelProposals::proposal).list();
	}

	private static PersonnelProposal proposal(ResultSet rs, int row) throws SQLException {
		Timestamp approved = rs.getTimestamp("approved_at");
		return new PersonnelProposal(rs.getObject("id", UUID.class), rs.getObject("investigation_id", UUID.class),
				rs.getObject("officer_id", UUID.class), rs.getString("action"), rs.getString("reason"),
				rs.getString("proposed_by"),
				rs.getTimestamp("proposed_at").toInstant(), rs.getString("approved_by"),
				approved == null ? null : approved.toInstant());
	}
}
