package org.leoprotocol.protocol.cad;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.CadImportResult;
import org.leoprotocol.protocol.EscalationRaised;
import org.leoprotocol.protocol.HistoricalEntry;
import org.leoprotocol.protocol.HistoricalIncident;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.IncidentOpened;
import org.leoprotocol.protocol.ProtocolFinding;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.RaisedEscalation;
import org.leoprotocol.protocol.RecordedDecision;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.definition.Anchor;
import org.leoprotocol.protocol.finding.FindingRecorder;
import org.leoprotocol.protocol.finding.Findings;
import org.leoprotocol.protocol.incident.IncidentStatus;
import org.leoprotocol.protocol.incident.IncidentSteps;
import org.leoprotocol.protocol.incident.Incidents;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.protocol.reunification.Releases;
import org.leoprotocol.protocol.timeline.TimelineDetail;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.protocol.timeline.Timelines;
import org.leoprotocol.protocol.triage.PriorityAssessment;
import org.leoprotocol.protocol.triage.PriorityReason;
import org.leoprotocol.protocol.triage.Triage;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores one checked incident from CAD as a resolved incident with its own times: its steps under the protocol version
 * it names (no clock is scheduled, every deadline lies in the past), its timeline, escalations, decisions and release,
 * the steps that went late, and the gap findings measured on it. The CAD number is claimed first, so an incident
 * imported twice at once is stored once.
 */
@Component
public class IncidentImport {

	private final Incidents incidents;
	private final IncidentSteps incidentSteps;
	private final CadImports imports;
	private final Protocols protocols;
	private final Timelines timelines;
	private final Releases releases;
	private final EscalationImport escalations;
	private final ReleaseImport release;
	private final FindingRecorder findings;
	private final Findings stored;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IncidentImport(Incidents incidents, IncidentSteps incidentSteps, CadImports imports, Protocols protocols,
			Timelines timelines, Releases releases,
			EscalationImport escalations, ReleaseImport release, FindingRecorder findings, Findings stored,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.incidents = incidents;
		this.incidentSteps = incidentSteps;
		this.imports = imports;
		this.protocols = protocols;
		this.timelines = timelines;
		this.releases = releases;
		this.escalations = escalations;
		this.release = release;
		this.findings = findings;
		this.stored = stored;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** What an import says of an incident imported before: nothing changed, and the findings it has. */
	public CadImportResult alreadyImported(String cadNumber) {
		IncidentId existing = imports.incidentOf(cadNumber).orElseThrow();
		return new CadImportResult(cadNumber, existing, false, Sentence.of("protocol.cad.repeated", cadNumber),
				stored.of(existing).stream().map(ProtocolFinding::said).toList());
	}

	/** Stores the incident; the escalation events to publish with the import are added to {@code raised}. */
	public CadImportResult store(HistoricalIncident source, CadImportCheck.Checked checked, String importedBy,
			List<EscalationRaised> raised) {
		String number = source.cadNumber().strip();
		ProtocolVersion version = CadImportCheck.measuredAgainst(protocols, source.protocolVersion());
		Instant now = clock.instant();
		IncidentId id = IncidentId.random();
		if (!imports.claim(number, id, now, importedBy)) {
			return alreadyImported(number);
		}
		String by = "CAD import (" + importedBy + ")";
		HistoricalTimeline timeline = new HistoricalTimeline(incidentSteps, timelines, id, version, by, now);
		Incident incident = new Incident(id, source.kind(), IncidentStatus.RESOLVED, version.version(),
				source.reportedAt(),
				source.lastSeenAt(), source.location().strip(), checked.person(),
				priority(source, checked.person(), number), by,
				responsible(source, checked), source.resolvedAt());
		incidents.insert(incident);
		incidents.resolve(id, source.resolvedAt());
		version.stepsFor(incident.kind(), incident.person().age())
			.forEach(step -> incidentSteps.insertStep(id, version.version(), step.code()));
		timeline.add(TimelineEntry.of(source.reportedAt(), TimelineEventType.REPORT_RECEIVED, null,
				TimelineDetail.said("reported.cad", incident.kind().name(), incident.location(),
						incident.priority().priority().name(), number),
				by, now));
		incidentSteps.startClocks(id, Anchor.REPORT_RECEIVED, source.reportedAt());
		events.publishEvent(new IncidentOpened(id, incident.kind(), incident.priority().priority(), version.version(),
				source.reportedAt()));
		for (HistoricalEntry entry : source.timeline()) {
			timeline.record(entry, checked.officer(entry.badge()));
		}
		for (RaisedEscalation escalation : source.escalations()) {
			escalations.escalate(incident, version, escalation, timeline).ifPresent(raised::add);
		}
		for (RecordedDecision decision : source.decisions()) {
			releases.insertDecision(id, decision.decision(), decision.reason().strip(), decision.at(), by);
			timeline.add(TimelineEntry.of(decision.at(), TimelineEventType.DECISION_RECORDED,
					checked.officer(decision.badge()),
					TimelineDetail.typedBelow(TimelineDetail.said("decision", decision.decision().name()),
							decision.reason()),
					by, now));
		}
		if (checked.verification() != null) {
			release.release(incident, source.release().at(), checked.verification(), timeline);
		}
		incidentSteps.steps(id).stream()
			.filter(step -> !step.done() && step.dueAt() != null && step.dueAt().isBefore(source.resolvedAt()))
			.forEach(step -> incidentSteps.markLate(id, step.code()));
		findings.analyse(incident, source.resolvedAt());
		audit.access(AuditAction.CREATE, Protocols.COMPONENT, RecordReference.of("Incident", id),
				Sentence.of("audit.detail.incident.imported", number, incident.kind(), version.version()));
		return new CadImportResult(number, id, true, Sentence.of("protocol.cad.imported", number),
				stored.of(id).stream().map(ProtocolFinding::said).toList());
	}

	private static PriorityAssessment priority(HistoricalIncident source, PersonAtRisk person, String number) {
		PriorityAssessment triage = Triage.STANDARD.assess(source.kind(), person);
		if (source.priority() == null || source.priority() == triage.priority()) {
			return triage;
		}
		List<PriorityReason> reasons = new ArrayList<>(triage.reasons());
		reasons.add(new PriorityReason(source.priority(), "priority class recorded in CAD", "CAD incident " + number));
		return new PriorityAssessment(source.priority(), reasons);
	}

	private static OfficerId responsible(HistoricalIncident source, CadImportCheck.Checked checked) {
		return source.timeline().stream().filter(entry -> entry.type() == TimelineEventType.ASSIGNED).findFirst()
			.or(() -> source.timeline().stream().filter(entry -> entry.type() == TimelineEventType.ARRIVED).findFirst())
			.map(entry -> checked.officer(entry.badge())).orElse(null);
	}
}
