package org.leoprotocol.protocol;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.cad.CadImportCheck;
import org.leoprotocol.protocol.cad.CadImportRefused;
import org.leoprotocol.protocol.cad.CadImports;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.definition.Anchor;
import org.leoprotocol.protocol.definition.CompletingEvent;
import org.leoprotocol.protocol.definition.EscalationLevel;
import org.leoprotocol.protocol.escalation.Escalation;
import org.leoprotocol.protocol.escalation.Escalations;
import org.leoprotocol.protocol.finding.FindingRecorder;
import org.leoprotocol.protocol.finding.Findings;
import org.leoprotocol.protocol.finding.GapAnalysis;
import org.leoprotocol.protocol.incident.IncidentStatus;
import org.leoprotocol.protocol.incident.Incidents;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.protocol.reunification.ReleaseVerification;
import org.leoprotocol.protocol.reunification.Releases;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.protocol.timeline.Timelines;
import org.leoprotocol.protocol.triage.PriorityAssessment;
import org.leoprotocol.protocol.triage.PriorityReason;
import org.leoprotocol.protocol.triage.Triage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings closed incidents from a department's computer-aided dispatch (CAD) system into Leo's record, so years of past
 * responses count in the statistics and in early warning like incidents Leo saw live. An imported incident keeps its
 * own times; its steps are measured against the protocol version it names, but no step clock is scheduled, because
 * every deadline lies in the past. Gap analysis runs on its timeline as on a live one, and the events a live response
 * publishes ({@link IncidentOpened}, {@link EscalationRaised}, {@link IncidentReunified},
 * {@link ProtocolFindingRecorded}) carry the historical times. The incident and each of its timeline entries are marked
 * as coming from CAD; the CAD incident number makes a repeated import store nothing.
 */
@Service
public class CadImport {

	/** How many incidents one request may carry. */
	public static final int MAX_BATCH = 1000;

	private final Incidents incidents;
	private final CadImports imports;
	private final Protocols protocols;
	private final Timelines timelines;
	private final Escalations escalations;
	private final Releases releases;
	private final FindingRecorder findings;
	private final Findings stored;
	private final Roster roster;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	CadImport(Incidents incidents, CadImports imports, Protocols protocols, Timelines timelines,
			Escalations escalations,
			Releases releases, FindingRecorder findings, Findings stored, Roster roster, AuditTrail audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.incidents = incidents;
		this.imports = imports;
		this.protocols = protocols;
		this.timelines = timelines;
		this.escalations = escalations;
		this.releases = releases;
		this.findings = findings;
		this.stored = stored;
		this.roster = roster;
		this.audit = audit;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Imports the incidents all together or not at all: when any of them has a problem, nothing is stored and
	 * {@link CadImportRefused} lists every problem of every incident. The events are published in the same transaction,
	 * so an import and its events are stored together or not at all.
	 */
	public List<CadImportResult> importAll(List<HistoricalIncident> batch, String importedBy) {
		List<EscalationRaised> raised = new ArrayList<>();
		return transactions.execute(status -> {
			List<CadImportResult> results = store(batch, importedBy, raised);
			raised.forEach(events::publishEvent);
			return results;
		});
	}

	private List<CadImportResult> store(List<HistoricalIncident> batch, String importedBy,
			List<EscalationRaised> raised) {
		if (batch == null || batch.isEmpty()) {
			throw new CadImportRefused(List.of("send at least one incident"));
		}
		if (batch.size() > MAX_BATCH) {
			throw new CadImportRefused(
					List.of("send at most " + MAX_BATCH + " incidents at a time, not " + batch.size()));
		}
		List<String> problems = new ArrayList<>();
		List<CadImportCheck.Checked> checks = new ArrayList<>();
		Set<String> numbers = new HashSet<>();
		for (int i = 0; i < batch.size(); i++) {
			HistoricalIncident incident = batch.get(i);
			String where = "incident " + (i + 1) + (incident == null || incident.cadNumber() == null ? ""
					: " (CAD " + incident.cadNumber().strip() + ")");
			if (incident == null) {
				problems.add(where + ": empty");
				checks.add(null);
				continue;
			}
			if (incident.cadNumber() != null && !numbers.add(incident.cadNumber().strip())) {
				problems.add(where + ": the CAD number appears twice in this import");
			}
			if (incident.cadNumber() != null && imports.incidentOf(incident.cadNumber().strip()).isPresent()) {
				checks.add(null);
				continue;
			}
			CadImportCheck.Checked checked = new CadImportCheck(version(incident.protocolVersion()), this::officer,
					clock.instant())
				.check(incident);
			checked.problems().forEach(problem -> problems.add(where + ": " + problem));
			checks.add(checked);
		}
		if (!problems.isEmpty()) {
			throw new CadImportRefused(problems);
		}
		List<CadImportResult> results = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			results.add(checks.get(i) == null ? alreadyImported(batch.get(i).cadNumber().strip())
					: store(batch.get(i), checks.get(i), importedBy, raised));
		}
		return results;
	}

	/** Imports one incident; see {@link #importAll}. */
	public CadImportResult importIncident(HistoricalIncident incident, String importedBy) {
		return importAll(List.of(incident), importedBy).get(0);
	}

	/** The CAD incident number an incident was imported under, if it came from CAD. */
	public Optional<String> cadNumberOf(IncidentId incident) {
		return imports.cadNumberOf(incident);
	}

	private CadImportResult alreadyImported(String cadNumber) {
		IncidentId existing = imports.incidentOf(cadNumber).orElseThrow();
		return new CadImportResult(cadNumber, existing, false, "CAD incident " + cadNumber
				+ " was imported before; nothing was changed",
				stored.of(existing).stream().map(ProtocolFinding::summary).toList());
	}

	private CadImportResult store(HistoricalIncident source, CadImportCheck.Checked checked, String importedBy,
			List<EscalationRaised> raised) {
		String number = source.cadNumber().strip();
		ProtocolVersion version = version(source.protocolVersion());
		Instant now = clock.instant();
		IncidentId id = IncidentId.random();
		if (!imports.claim(number, id, now, importedBy)) {
			return alreadyImported(number);
		}
		String by = "CAD import (" + importedBy + ")";
		HistoricalTimeline timeline = new HistoricalTimeline(id, version, by, now);
		Incident incident = new Incident(id, source.kind(), IncidentStatus.RESOLVED, version.version(),
				source.reportedAt(),
				source.lastSeenAt(), source.location().strip(), checked.person(),
				priority(source, checked.person(), number), by,
				responsible(source, checked), source.resolvedAt());
		incidents.insert(incident);
		incidents.resolve(id, source.resolvedAt());
		version.stepsFor(incident.kind(), incident.person().age())
			.forEach(step -> incidents.insertStep(id, version.version(), step.code()));
		timeline.add(TimelineEntry.of(source.reportedAt(), TimelineEventType.REPORT_RECEIVED, null,
				incident.kind().label()
						+ " reported at " + incident.location() + "; priority " + incident.priority().priority()
						+ "; imported from CAD incident " + number,
				by, now));
		incidents.startClocks(id, Anchor.REPORT_RECEIVED, source.reportedAt());
		events.publishEvent(new IncidentOpened(id, incident.kind(), incident.priority().priority(), version.version(),
				source.reportedAt()));
		for (HistoricalIncident.Entry entry : source.timeline()) {
			timeline.record(entry, checked.officer(entry.badge()));
		}
		for (HistoricalIncident.RaisedEscalation escalation : source.escalations()) {
			escalate(incident, version, escalation, timeline).ifPresent(raised::add);
		}
		for (HistoricalIncident.RecordedDecision decision : source.decisions()) {
			releases.insertDecision(id, decision.decision(), decision.reason().strip(), decision.at(), by);
			timeline.add(TimelineEntry.of(decision.at(), TimelineEventType.DECISION_RECORDED,
					checked.officer(decision.badge()),
					decision.decision().label() + ": " + decision.reason().strip(), by, now));
		}
		if (checked.verification() != null) {
			release(incident, source.release().at(), checked.verification(), timeline);
		}
		incidents.steps(id).stream()
			.filter(step -> !step.done() && step.dueAt() != null && step.dueAt().isBefore(source.resolvedAt()))
			.forEach(step -> incidents.markLate(id, step.code()));
		findings.analyse(incident, source.resolvedAt());
		audit.access(AuditAction.CREATE, Protocols.COMPONENT, RecordReference.of("Incident", id),
				"imported from CAD incident " + number + ", " + incident.kind() + ", protocol version "
						+ version.version());
		return new CadImportResult(number, id, true, "CAD incident " + number + " imported",
				stored.of(id).stream().map(ProtocolFinding::summary).toList());
	}

	private Optional<EscalationRaised> escalate(Incident incident, ProtocolVersion version,
			HistoricalIncident.RaisedEscalation raised, HistoricalTimeline timeline) {
		String code = raised.step().strip();
		EscalationLevel level = version.step(code).orElseThrow().escalations().stream()
			.filter(candidate -> candidate.level() == raised.level()).findFirst().orElseThrow();
		Instant due = incidents.steps(incident.id()).stream().filter(step -> step.code().equals(code)).findFirst()
			.map(StepClock::dueAt).map(at -> at.plus(level.after())).orElse(raised.at());
		Escalation escalation = new Escalation(incident.id(), code, level.level(), level.notified(), due, raised.at(),
				incident.responsibleOfficer());
		if (!escalations.insertIfAbsent(escalation)) {
			return Optional.empty();
		}
		timeline.add(TimelineEntry.of(raised.at(), TimelineEventType.ESCALATION_RAISED, incident.responsibleOfficer(),
				"Level " + level.level() + ": " + level.notified().name().toLowerCase() + " notified (from CAD)",
				timeline.by, timeline.now)
			.forStep(code));
		return Optional.of(new EscalationRaised(incident.id(), code, level.level(), level.notified(),
				incident.responsibleOfficer(),
				due, raised.at(), incident.kind(), incident.reportedAt()));
	}

	private void release(Incident incident, Instant at, ReleaseVerification verification, HistoricalTimeline timeline) {
		releases.insert(incident.id(), verification, at, timeline.by);
		timeline.add(TimelineEntry.of(at, TimelineEventType.RELEASE_VERIFIED, verification.verifyingOfficer(),
				"Released to the " + verification.relationship().strip() + " after verification: "
						+ verification.document().type()
						+ " ending " + verification.document().lastFour() + ", recognition "
						+ verification.recognition().name().toLowerCase().replace('_', ' ') + ", custody "
						+ (verification.custodyClear() ? "clear" : "conflict"),
				timeline.by, timeline.now));
		timeline.completeBy(CompletingEvent.RELEASED, at, verification.verifyingOfficer());
		Instant engaged = timelines.of(incident.id()).stream()
			.filter(entry -> entry.type() == TimelineEventType.STEP_DONE
					&& GapAnalysis.ENGAGEMENT_STEPS.contains(entry.stepCode()))
			.map(TimelineEntry::occurredAt).findFirst().orElse(null);
		events.publishEvent(new IncidentReunified(incident.id(), incident.kind(), incident.reportedAt(), engaged, at));
	}

	private PriorityAssessment priority(HistoricalIncident source, PersonAtRisk person, String number) {
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

	private ProtocolVersion version(Integer number) {
		if (number == null) {
			return protocols.current();
		}
		try {
			return protocols.version(number);
		}
		catch (java.util.NoSuchElementException unknown) {
			return null;
		}
	}

	private Optional<OfficerId> officer(String badge) {
		return roster.findByBadge(badge).map(officer -> officer.id());
	}

	/**
	 * Appends an imported incident's entries, starting its step clocks' anchors and ticking off steps as they happened.
	 */
	private final class HistoricalTimeline {

		private final IncidentId id;
		private final ProtocolVersion version;
		private final String by;
		private final Instant now;

		HistoricalTimeline(IncidentId id, ProtocolVersion version, String by, Instant now) {
			this.id = id;
			this.version = version;
			this.by = by;
			this.now = now;
		}

		void add(TimelineEntry entry) {
			timelines.appendFromCad(id, entry);
		}

		void record(HistoricalIncident.Entry entry, OfficerId officer) {
			String note = entry.detail() == null || entry.detail().isBlank() ? null : entry.detail().strip();
			TimelineEventType type = entry.type();
			if (type == TimelineEventType.STEP_DONE) {
				if (incidents.complete(id, entry.step().strip(), entry.at(), by, officer, null)) {
					add(new TimelineEntry(entry.at(), type, officer, null, entry.step().strip(), note, by, now));
				}
				return;
			}
			add(new TimelineEntry(entry.at(), type, officer, type.camera() ? entry.device().strip() : null, null, note,
					by, now));
			if (type == TimelineEventType.ASSIGNED || type == TimelineEventType.ARRIVED) {
				incidents.startClocks(id, Anchor.UNIT_ASSIGNED, entry.at());
				completeBy(CompletingEvent.ASSIGNED, entry.at(), officer);
			}
			if (type == TimelineEventType.ARRIVED) {
				incidents.startClocks(id, Anchor.UNIT_ARRIVED, entry.at());
			}
			if (type == TimelineEventType.RECORDING_STARTED) {
				completeBy(CompletingEvent.RECORDING_STARTED, entry.at(), officer);
			}
			if (type == TimelineEventType.BROADCAST_ISSUED) {
				completeBy(CompletingEvent.BROADCAST_ISSUED, entry.at(), officer);
			}
		}

		void completeBy(CompletingEvent event, Instant at, OfficerId officer) {
			for (StepClock step : incidents.steps(id)) {
				boolean completes = version.step(step.code()).map(definition -> definition.completedBy() == event)
					.orElse(false);
				if (completes && !step.done() && incidents.complete(id, step.code(), at, by, officer, null)) {
					add(new TimelineEntry(at, TimelineEventType.STEP_DONE, officer, null, step.code(),
							event.name().toLowerCase().replace('_', ' '), by, now));
				}
			}
		}
	}
}
