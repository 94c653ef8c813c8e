package org.leoprotocol.protocol.incident;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.protocol.RiskFactor;
import org.leoprotocol.protocol.triage.PriorityAssessment;
import org.leoprotocol.protocol.triage.PriorityReason;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incidents, in plain SQL; their step clocks are kept by {@link IncidentSteps}. */
@Repository
public class Incidents {

	private static final String SELECT = """
			select id, kind, status, protocol_version, reported_at, last_seen_at, location, person_name, person_age, person_description,
				   person_condition, risk_factors, priority, priority_reasons, opened_by, responsible_officer_id, resolved_at
			from incident
			""";

	private final JdbcClient jdbc;

	Incidents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Incident> find(IncidentId id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(Incidents::incident).optional();
	}

	public Optional<Incident> findForUpdate(IncidentId id) {
		return jdbc.sql(SELECT + " where id = :id for update").param("id", id.value()).query(Incidents::incident)
			.optional();
	}

	/** Open incidents, most urgent first, then oldest first. */
	public List<Incident> open(int limit) {
		return jdbc.sql(SELECT + """
				 where status = 'OPEN'
				 order by case priority when 'CRITICAL' then 0 when 'HIGH' then 1 else 2 end, reported_at
				 limit :limit
				""").param("limit", limit).query(Incidents::incident).list();
	}

	/**
	 * The incidents a staff member takes part in, each with whether the part needs the identities (true: opened it,
	 * responsible for it, verified, confirmed or recorded the release) or not (dispatched, performed or recorded an
	 * event or a step).
	 */
	Map<IncidentId, Boolean> partsOf(OfficerId officer, String username) {
		UUID id = officer == null ? NOBODY : officer.value();
		Map<IncidentId, Boolean> parts = new HashMap<>();
		jdbc.sql(
				"""
						select id as incident_id, true as identity from incident where opened_by = :user or responsible_officer_id = :officer
						union all select incident_id, true from release_verification
						  where verifying_officer_id = :officer or confirming_officer_id = :officer or recorded_by = :user
						union all select incident_id, false from incident_event
						  where officer_id = :officer or recorded_by_officer = :officer or recorded_by = :user
						union all select incident_id, false from incident_step
						  where done_by_officer = :officer or recorded_by_officer = :officer or done_by = :user
						""")
			.param("officer", id).param("user", username)
			.query((rs, n) -> Map.entry(new IncidentId(rs.getObject("incident_id", UUID.class)),
					rs.getBoolean("identity")))
			.list()
			.forEach(part -> parts.merge(part.getKey(), part.getValue(), Boolean::logicalOr));
		return parts;
	}

	private static final UUID NOBODY = new UUID(0, 0);

	public List<Incident> recent(int limit) {
		return jdbc.sql(SELECT + " order by reported_at desc limit :limit").param("limit", limit)
			.query(Incidents::incident).list();
	}

	public void insert(Incident incident) {
		PersonAtRisk person = incident.person();
		jdbc.sql(
				"""
						insert into incident (id, kind, status, protocol_version, reported_at, last_seen_at, location, person_name, person_age,
											  person_description, person_condition, risk_factors, priority, priority_reasons,
											  opened_by, responsible_officer_id)
						values (:id, :kind, :status, :version, :reported, :lastSeen, :location, :name, :age, :description, :condition,
								:risks, :priority, :reasons, :openedBy, :responsible)
						""")
			.param("id", incident.id().value()).param("kind", incident.kind().name())
			.param("status", incident.status().name()).param("version", incident.protocolVersion())
			.param("reported", utc(incident.reportedAt())).param("lastSeen", utc(incident.lastSeenAt()))
			.param("location", incident.location())
			.param("name", person.name()).param("age", person.age()).param("description", person.description())
			.param("condition", person.condition().name())
			.param("risks", person.riskFactors().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("priority", incident.priority().priority().name())
			.param("reasons", incident.priority().reasons().stream().map(PriorityReason::text).toArray(String[]::new))
			.param("openedBy", incident.openedBy())
			.param("responsible", incident.responsibleOfficer() == null ? null : incident.responsibleOfficer().value())
			.update();
	}

	public void makeResponsible(IncidentId id, OfficerId officer) {
		jdbc.sql("update incident set responsible_officer_id = :officer, version = version + 1 where id = :id")
			.param("officer", officer.value()).param("id", id.value()).update();
	}

	public void resolve(IncidentId id, Instant at) {
		jdbc.sql("update incident set status = 'RESOLVED', resolved_at = :at, version = version + 1 where id = :id")
			.param("at", utc(at)).param("id", id.value()).update();
	}

	public void close(IncidentId id, Instant at, String by) {
		jdbc.sql(
				"update incident set status = 'CLOSED', closed_at = :at, closed_by = :by, version = version + 1 where id = :id")
			.param("at", utc(at)).param("by", by).param("id", id.value()).update();
	}

	public static java.time.OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	public static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Incident incident(ResultSet rs, int row) throws SQLException {
		PersonAtRisk person = new PersonAtRisk(rs.getString("person_name"), rs.getObject("person_age", Integer.class),
				rs.getString("person_description"), Condition.valueOf(rs.getString("person_condition")),
				risks(rs.getArray("risk_factors")));
		List<PriorityReason> reasons = Arrays.stream(strings(rs.getArray("priority_reasons")))
			.map(PriorityReason::parse).toList();
		UUID responsible = rs.getObject("responsible_officer_id", UUID.class);
		return new Incident(new IncidentId(rs.getObject("id", UUID.class)), IncidentKind.valueOf(rs.getString("kind")),
				IncidentStatus.valueOf(rs.getString("status")), rs.getInt("protocol_version"),
				instant(rs.getTimestamp("reported_at")), instant(rs.getTimestamp("last_seen_at")),
				rs.getString("location"), person,
				new PriorityAssessment(Priority.valueOf(rs.getString("priority")), reasons),
				rs.getString("opened_by"), responsible == null ? null : new OfficerId(responsible),
				instant(rs.getTimestamp("resolved_at")));
	}

	private static Set<RiskFactor> risks(Array array) throws SQLException {
		Set<RiskFactor> risks = EnumSet.noneOf(RiskFactor.class);
		Arrays.stream(strings(array)).map(RiskFactor::valueOf).forEach(risks::add);
		return risks;
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}
}
