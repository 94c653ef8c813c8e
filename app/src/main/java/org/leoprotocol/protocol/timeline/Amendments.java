package org.leoprotocol.protocol.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.incident.Incidents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Amendments and their approvals, both append-only; one approval per amendment (its primary key). */
@Repository
class Amendments {

	private static final String SELECT = """
			select m.id, m.incident_id, m.entry_position, m.recorded_performer, m.performed_by, m.reason, m.proposed_by,
				   m.proposed_at, p.approved_by, p.approved_at
			from incident_amendment m left join incident_amendment_approval p on p.amendment_id = m.id
			""";

	private final JdbcClient jdbc;

	Amendments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Amendment amendment) {
		jdbc.sql(
				"""
						insert into incident_amendment (id, incident_id, entry_position, recorded_performer, performed_by, reason,
														proposed_by, proposed_at)
						values (:id, :incident, :entry, :recorded, :performer, :reason, :by, :at)
						""")
			.param("id", amendment.id()).param("incident", amendment.incidentId().value())
			.param("entry", amendment.entry()).param("recorded", value(amendment.recordedPerformer()))
			.param("performer", value(amendment.performedBy())).param("reason", amendment.reason())
			.param("by", amendment.proposedBy()).param("at", Incidents.utc(amendment.proposedAt())).update();
	}

	/** Stores the approval unless the amendment was approved before; true when this call stored it. */
	boolean approve(Amendment approved) {
		return jdbc.sql("""
				insert into incident_amendment_approval (amendment_id, approved_by, approved_at) values (:id, :by, :at)
				on conflict (amendment_id) do nothing
				""").param("id", approved.id()).param("by", approved.approvedBy())
			.param("at", Incidents.utc(approved.approvedAt())).update() == 1;
	}

	Optional<Amendment> find(IncidentId incident, UUID id) {
		return jdbc.sql(SELECT + " where m.id = :id and m.incident_id = :incident").param("id", id)
			.param("incident", incident.value()).query(Amendments::amendment).optional();
	}

	List<Amendment> of(IncidentId incident) {
		return jdbc.sql(SELECT + " where m.incident_id = :incident order by m.proposed_at, m.id")
			.param("incident", incident.value()).query(Amendments::amendment).list();
	}

	private static Amendment amendment(ResultSet rs, int row) throws SQLException {
		UUID recorded = rs.getObject("recorded_performer", UUID.class);
		return new Amendment(rs.getObject("id", UUID.class), new IncidentId(rs.getObject("incident_id", UUID.class)),
				rs.getLong("entry_position"), recorded == null ? null : new OfficerId(recorded),
				new OfficerId(rs.getObject("performed_by", UUID.class)), rs.getString("reason"),
				rs.getString("proposed_by"),
				Incidents.instant(rs.getTimestamp("proposed_at")), rs.getString("approved_by"),
				Incidents.instant(rs.getTimestamp("approved_at")));
	}

	private static UUID value(OfficerId officer) {
		return officer == null ? null : officer.value();
	}
}
