package org.leoprotocol.protocol.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.conflicts.Parties;
import org.leoprotocol.conflicts.Party;
import org.leoprotocol.conflicts.PartyRole;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordParties;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the conflict policy who an incident's parties are: the child or vulnerable adult it is about, the guardian the
 * child was released to, the officer who reported it, and the officers on it (responsible, dispatched, verifying the
 * release). The officers are there on duty, which is no stake of their own; but whoever declared a relation to one of
 * them, or to the child or guardian, does not take the incident's decisions.
 */
@Component
class IncidentParties implements RecordParties {

	private final Incidents incidents;
	private final StaffDirectory staff;
	private final JdbcClient jdbc;

	IncidentParties(Incidents incidents, StaffDirectory staff, JdbcClient jdbc) {
		this.incidents = incidents;
		this.staff = staff;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Parties> partiesOf(RecordRef record) {
		if (record.kind() != RecordKind.INCIDENT) {
			return Optional.empty();
		}
		return id(record.id()).flatMap(incidents::find).map(this::parties);
	}

	/** Broadcasts issued, releases recorded, decisions and amendment approvals: the decisions of incidents. */
	@Override
	public List<TakenAction> actionsBy(String username) {
		return jdbc
			.sql("""
					select incident_id, 'broadcast' as what, null as code, issued_at as at from description_broadcast where issued_by = :u
					union all select incident_id, 'release', null, released_at from release_verification where recorded_by = :u
					union all select incident_id, 'decision', decision, decided_at from incident_decision where decided_by = :u
					union all select m.incident_id, 'amendment.approved', m.entry_position::text, a.approved_at
					  from incident_amendment_approval a join incident_amendment m on m.id = a.amendment_id where a.approved_by = :u
					""")
			.param("u", username)
			.query((rs, row) -> TakenAction.of(
					RecordRef.of(RecordKind.INCIDENT, rs.getObject("incident_id", UUID.class)),
					rs.getString("what"), rs.getString("code"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	private Parties parties(Incident incident) {
		List<Party> parties = new ArrayList<>();
		if (incident.person() != null && incident.person().name() != null) {
			parties.add(Party.person(PartyRole.CHILD, incident.person().name()));
		}
		jdbc.sql("select claimant_name from release_verification where incident_id = :i")
			.param("i", incident.id().value())
			.query(String.class).list().forEach(guardian -> parties.add(Party.person(PartyRole.GUARDIAN, guardian)));
		if (incident.openedBy() != null) {
			staff.officerOf(incident.openedBy())
				.ifPresent(reporter -> parties.add(Party.officer(PartyRole.OFFICER, reporter)));
		}
		jdbc.sql(
				"""
						select responsible_officer_id from incident where id = :i and responsible_officer_id is not null
						union select officer_id from incident_event where incident_id = :i and officer_id is not null
						union select verifying_officer_id from release_verification where incident_id = :i
						union select confirming_officer_id from release_verification where incident_id = :i and confirming_officer_id is not null
						""")
			.param("i", incident.id().value()).query(UUID.class).list()
			.forEach(officer -> parties.add(Party.officer(PartyRole.OFFICER, officer)));
		return new Parties(null, parties, List.of());
	}

	private static Optional<IncidentId> id(String text) {
		try {
			return Optional.of(new IncidentId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}
}
