package org.leoprotocol.protocol;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditExempt;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.Audited;
import org.leoprotocol.personnel.DutyRoster;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.clock.StepClocks;
import org.leoprotocol.protocol.definition.Anchor;
import org.leoprotocol.protocol.escalation.Escalation;
import org.leoprotocol.protocol.escalation.Escalations;
import org.leoprotocol.protocol.finding.Findings;
import org.leoprotocol.protocol.incident.IncidentStatus;
import org.leoprotocol.protocol.incident.IncidentSteps;
import org.leoprotocol.protocol.incident.Incidents;
import org.leoprotocol.protocol.incident.NewIncident;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.protocol.timeline.ReportedTimes;
import org.leoprotocol.protocol.timeline.TimelineDetail;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.protocol.timeline.Timelines;
import org.leoprotocol.protocol.triage.Triage;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens incidents under the current protocol version and reads them back. Opening never waits and never refuses a
 * report for the time elapsed since the person was last seen; a long absence raises the priority instead.
 */
@Service
public class IncidentDesk {

	static final int LIST_LIMIT = 200;
	private static final String INCIDENT = "Incident";
	public static final int MAX_LOCATION = 300;
	static final Duration LONG_ABSENCE = Duration.ofHours(24);

	private final Incidents incidents;
	private final IncidentSteps incidentSteps;
	private final Protocols protocols;
	private final Timelines timelines;
	private final Escalations escalations;
	private final Findings findings;
	private final StepClocks clocks;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final DutyRoster duty;

	IncidentDesk(Incidents incidents, IncidentSteps incidentSteps, Protocols protocols, Timelines timelines,
			Escalations escalations,
			Findings findings,
			StepClocks clocks, AuditTrail audit, ApplicationEventPublisher events, Clock clock, DutyRoster duty) {
		this.duty = duty;
		this.incidents = incidents;
		this.incidentSteps = incidentSteps;
		this.protocols = protocols;
		this.timelines = timelines;
		this.escalations = escalations;
		this.findings = findings;
		this.clocks = clocks;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens an incident under the current protocol version: its steps, its first timeline entry and its clocks; the
	 * creation is audited under the new incident's identifier.
	 */
	@Transactional
	@Audited(value = AuditAction.CREATE, record = INCIDENT, detail = "audit.detail.incident.opened",
			recordFromResult = true)
	public Incident open(NewIncident request, Actor actor) {
		if (request.kind() == null) {
			throw new InvalidInput("protocol.incident.kind.missing", List.of(IncidentKind.values()).toString());
		}
		if (request.location() == null || request.location().isBlank()) {
			throw new InvalidInput("protocol.incident.location.missing");
		}
		if (request.location().strip().length() > MAX_LOCATION) {
			throw new InvalidInput("protocol.incident.location.long", MAX_LOCATION);
		}
		if (request.person() == null) {
			throw new InvalidInput("protocol.incident.person.missing");
		}
		if (request.responsibleOfficer() != null) {
			duty.requireAvailable(request.responsibleOfficer());
		}
		Instant reportedAt = ReportedTimes.orNow(request.reportedAt(), clock, "report");
		PersonAtRisk person = withAbsence(request.person(), request.lastSeenAt(), reportedAt);
		ProtocolVersion protocol = protocols.current();
		Incident incident = new Incident(IncidentId.random(), request.kind(), IncidentStatus.OPEN, protocol.version(),
				reportedAt,
				request.lastSeenAt(), request.location().strip(), person,
				Triage.STANDARD.assess(request.kind(), person),
				actor.username(), request.responsibleOfficer(), null);
		incidents.insert(incident);
		protocol.stepsFor(incident.kind(), person.age())
			.forEach(step -> incidentSteps.insertStep(incident.id(), protocol.version(), step.code()));
		timelines.append(incident.id(), TimelineEntry.of(reportedAt, TimelineEventType.REPORT_RECEIVED, null,
				TimelineDetail.said("reported", incident.kind().name(), incident.location(),
						incident.priority().priority().name()),
				actor.username(), clock.instant()));
		clocks.start(incident, Anchor.REPORT_RECEIVED, reportedAt);
		events.publishEvent(new IncidentOpened(incident.id(), incident.kind(), incident.priority().priority(),
				protocol.version(), reportedAt));
		return incident;
	}

	/** Reads the incident for a reader who may see the person's name; the read is audited as such. */
	@Audited(value = AuditAction.READ, record = INCIDENT, detail = "audit.detail.incident.name-shown")
	public Incident readNamed(IncidentId id) {
		return find(id);
	}

	/** Reads the incident for a reader from whom the person's name is withheld; the read is audited as such. */
	@Audited(value = AuditAction.READ, record = INCIDENT, detail = "audit.detail.incident.name-withheld")
	public Incident read(IncidentId id) {
		return find(id);
	}

	/** Whether the incident exists: a reference checked, nothing of the incident read. */
	@AuditExempt("checks that a reference names an incident; nothing of the incident is read")
	public boolean exists(IncidentId id) {
		return incidents.find(id).isPresent();
	}

	public List<Incident> openIncidents() {
		return incidents.open(LIST_LIMIT);
	}

	public List<Incident> recentIncidents() {
		return incidents.recent(LIST_LIMIT);
	}

	@Audited(value = AuditAction.READ, record = INCIDENT, detail = "audit.detail.incident.steps")
	public List<StepClock> steps(IncidentId id) {
		return incidentSteps.steps(id);
	}

	@Audited(value = AuditAction.READ, record = INCIDENT, detail = "audit.detail.incident.timeline")
	public List<TimelineEntry> timeline(IncidentId id) {
		return timelines.of(id);
	}

	@Audited(value = AuditAction.READ, record = INCIDENT, detail = "audit.detail.incident.escalations")
	public List<Escalation> escalations(IncidentId id) {
		return escalations.of(id);
	}

	@Audited(value = AuditAction.READ, record = INCIDENT, detail = "audit.detail.incident.findings")
	public List<ProtocolFinding> findings(IncidentId id) {
		return findings.of(id);
	}

	@Audited(value = AuditAction.READ, record = INCIDENT, detail = "audit.detail.incident.withdrawn-findings")
	public List<ProtocolFinding> withdrawnFindings(IncidentId id) {
		return findings.withdrawn(id);
	}

	/** Every gap finding naming the officer, oldest first: for early warning to rebuild an officer's record. */
	public List<ProtocolFinding> findingsAgainst(OfficerId officer) {
		return findings.against(officer);
	}

	private Incident find(IncidentId id) {
		return incidents.find(id).orElseThrow(() -> new UnknownRecord("protocol.incident.unknown", id));
	}

	public void auditList(Sentence what) {
		audit.query(AuditAction.SEARCH, Protocols.COMPONENT, "Incident", what);
	}

	private static PersonAtRisk withAbsence(PersonAtRisk person, Instant lastSeenAt, Instant reportedAt) {
		if (lastSeenAt == null || Duration.between(lastSeenAt, reportedAt).compareTo(LONG_ABSENCE) <= 0) {
			return person;
		}
		EnumSet<RiskFactor> risks = EnumSet.of(RiskFactor.ABSENT_MORE_THAN_24_HOURS);
		risks.addAll(person.riskFactors());
		return new PersonAtRisk(person.name(), person.age(), person.description(), person.condition(), risks);
	}
}
