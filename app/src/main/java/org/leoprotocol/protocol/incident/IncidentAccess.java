package org.leoprotocol.protocol.incident;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.Unit;
import org.leoprotocol.protocol.CaseSubjects;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.stereotype.Component;

/**
 * Need to know for incidents: gathers how a reader stands to an incident, asks {@link NeedToKnowPolicy} what they see,
 * and refuses (audited, then thrown) a reader to whom the incident is closed.
 */
@Component
public class IncidentAccess {

	/** Who may read incidents, in the API and on the pages (need to know then decides what each one sees). */
	public static final String READERS = "hasAnyRole('OFFICER','SUPERVISOR','COMMAND','INVESTIGATOR')";

	/** Who may act on an incident: record steps, dispatch, footage, broadcasts, releases and amendments. */
	public static final String RESPONDERS = "hasAnyRole('OFFICER','SUPERVISOR','COMMAND')";

	/** Who may approve an amendment of the record and take the reunification decisions. */
	public static final String APPROVERS = "hasAnyRole('SUPERVISOR','COMMAND')";

	private final Incidents incidents;
	private final Roster roster;
	private final AuditTrail audit;
	private final List<CaseSubjects> cases;

	IncidentAccess(Incidents incidents, Roster roster, AuditTrail audit, List<CaseSubjects> cases) {
		this.incidents = incidents;
		this.roster = roster;
		this.audit = audit;
		this.cases = cases;
	}

	/** A reader's view of the incidents: what they take part in, their unit and whether they are accused in a case. */
	Reader reader(Actor member) {
		Optional<UUID> unit = Acting.officer(member) == null ? Optional.empty()
				: roster.find(Acting.officer(member)).map(Officer::unitId);
		boolean subject = Acting.officer(member) != null
				&& cases.stream().anyMatch(c -> c.isSubjectOfACase(Acting.officer(member)));
		return new Reader(member, incidents.partsOf(Acting.officer(member), member.username()), unit.orElse(null),
				subject);
	}

	Sight sight(Incident incident, Actor member) {
		return reader(member).sight(incident);
	}

	/** The incidents of the list the reader may see, in their order. */
	List<Incident> visible(List<Incident> list, Actor member) {
		Reader reader = reader(member);
		return list.stream().filter(incident -> reader.sight(incident).visible()).toList();
	}

	/** What the reader sees of the incident; a reader to whom it is closed is audited and refused. */
	public Sight require(Incident incident, Actor member, String attempted) {
		Sight sight = sight(incident, member);
		if (!sight.visible()) {
			audit.refusal(AuditAction.ACCESS_DENIED, Protocols.COMPONENT, RecordReference.of("Incident", incident.id()),
					Sentence.ofText("audit.detail.refused.incident", attempted));
			throw new IncidentClosedRefused(incident.id());
		}
		return sight;
	}

	/** Refuses, audited, a reader to whom the incident is closed; an unknown incident is not found. */
	public Sight require(IncidentId id, Actor member, String attempted) {
		return require(incidents.find(id).orElseThrow(() -> new UnknownRecord("protocol.incident.unknown", id)), member,
				attempted);
	}

	/** One reader, with the facts that do not depend on the incident read once. */
	final class Reader {

		private final Actor member;
		private final Map<IncidentId, Boolean> parts;
		private final UUID unit;
		private final boolean subject;

		Reader(Actor member, Map<IncidentId, Boolean> parts, UUID unit, boolean subject) {
			this.member = member;
			this.parts = parts;
			this.unit = unit;
			this.subject = subject;
		}

		Sight sight(Incident incident) {
			OfficerId responsible = incident.responsibleOfficer();
			List<Unit> chain = responsible == null || unit == null ? List.of() : roster.chainOfCommand(responsible);
			boolean sameUnit = !chain.isEmpty() && chain.get(0).id().equals(unit);
			boolean inChain = chain.stream().anyMatch(u -> u.id().equals(unit));
			return NeedToKnowPolicy.sight(member, new Standing(parts.containsKey(incident.id()),
					parts.getOrDefault(incident.id(), false), incident.open(), responsible == null, sameUnit, inChain,
					unit != null,
					subject));
		}
	}
}
