package org.leoprotocol.protocol.reunification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.protocol.DecisionKind;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.IncidentReunified;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.definition.CompletingEvent;
import org.leoprotocol.protocol.finding.FindingRecorder;
import org.leoprotocol.protocol.finding.GapAnalysis;
import org.leoprotocol.protocol.incident.Acting;
import org.leoprotocol.protocol.incident.Incidents;
import org.leoprotocol.protocol.timeline.ResponseLog;
import org.leoprotocol.protocol.timeline.TimelineDetail;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.protocol.timeline.Timelines;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safe reunification: a person is released only after a recorded, sufficient verification of the claimant, and
 * decisions around it (such as not referring a family to child protective services) are recorded with their reasons.
 */
@Service
public class Reunification {

	public static final int MIN_REASON = 10;
	public static final int MAX_REASON = 2000;

	private final Incidents incidents;
	private final Releases releases;
	private final Timelines timelines;
	private final ResponseLog log;
	private final FindingRecorder findings;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Conflicts conflicts;

	Reunification(Incidents incidents, Releases releases, Timelines timelines, ResponseLog log,
			FindingRecorder findings,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock, Conflicts conflicts) {
		this.conflicts = conflicts;
		this.incidents = incidents;
		this.releases = releases;
		this.timelines = timelines;
		this.log = log;
		this.findings = findings;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void release(IncidentId id, ReleaseVerification verification, Actor actor) {
		conflicts.requireNoStake(actor, RecordRef.of(RecordKind.INCIDENT, id.value()), "verify a release");
		Incident incident = incidents.findForUpdate(id)
			.orElseThrow(() -> new UnknownRecord("protocol.incident.unknown", id));
		incident.requireOpen("release");
		if (verification == null) {
			throw new InvalidInput("protocol.release.verification.missing");
		}
		verification.requireSufficient();
		Instant now = clock.instant();
		releases.insert(id, verification, now, actor.username());
		timelines.append(id, TimelineEntry.of(now, TimelineEventType.RELEASE_VERIFIED, verification.verifyingOfficer(),
				TimelineDetail.said(verification.confirmingOfficer() == null ? "released" : "released.confirmed",
						verification.relationship().strip(), verification.document().type(),
						verification.document().lastFour(), verification.recognition().name(),
						verification.custodyClear() ? "CLEAR" : "CONFLICT"),
				actor.username(), now));
		log.completeBy(incident, CompletingEvent.RELEASED, now, actor, verification.verifyingOfficer());
		incidents.resolve(id, now);
		findings.analyse(incident);
		audit.access(AuditAction.UPDATE, Protocols.COMPONENT, RecordReference.of("Incident", id),
				Sentence.of("audit.detail.reunification.released"));
		events
			.publishEvent(new IncidentReunified(id, incident.kind(), incident.reportedAt(), firstEngagement(id), now));
	}

	@Transactional
	public void decide(IncidentId id, DecisionKind decision, String reason, Actor actor) {
		conflicts.requireNoStake(actor, RecordRef.of(RecordKind.INCIDENT, id.value()),
				"record a reunification decision");
		incidents.findForUpdate(id).orElseThrow(() -> new UnknownRecord("protocol.incident.unknown", id))
			.requireNotClosed("decision");
		if (decision == null) {
			throw new InvalidInput("protocol.decision.kind.missing", List.of(DecisionKind.values()).toString());
		}
		if (reason == null || reason.strip().length() < MIN_REASON) {
			throw new InvalidInput("protocol.decision.reason.short", MIN_REASON);
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new InvalidInput("protocol.reason.long", MAX_REASON);
		}
		Instant now = clock.instant();
		releases.insertDecision(id, decision, reason.strip(), now, actor.username());
		timelines.append(id, TimelineEntry.of(now, TimelineEventType.DECISION_RECORDED, Acting.officer(actor),
				TimelineDetail.typedBelow(TimelineDetail.said("decision", decision.name()), reason), actor.username(),
				now));
		audit.access(AuditAction.UPDATE, Protocols.COMPONENT, RecordReference.of("Incident", id),
				Sentence.of("audit.detail.reunification.decision", decision));
	}

	/**
	 * Closes a resolved incident's record: after this no decision can be added. Only once the person has been released
	 * after verification, so that an open response can never be closed away.
	 */
	@Transactional
	public void close(IncidentId id, String reason, Actor actor) {
		conflicts.requireNoStake(actor, RecordRef.of(RecordKind.INCIDENT, id.value()), "close an incident");
		Incident incident = incidents.findForUpdate(id)
			.orElseThrow(() -> new UnknownRecord("protocol.incident.unknown", id));
		incident.requireNotClosed("closing");
		if (incident.open()) {
			throw new WrongState("protocol.incident.close.open");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.length() > MAX_REASON) {
			throw new InvalidInput("protocol.reason.long", MAX_REASON);
		}
		Instant now = clock.instant();
		incidents.close(id, now, actor.username());
		timelines.append(id, TimelineEntry.of(now, TimelineEventType.INCIDENT_CLOSED, Acting.officer(actor),
				TimelineDetail.typedBelow(TimelineDetail.said("closed"), why), actor.username(), now));
		audit.access(AuditAction.UPDATE, Protocols.COMPONENT, RecordReference.of("Incident", id),
				Sentence.of("audit.detail.reunification.closed"));
	}

	public Optional<VerifiedRelease> release(IncidentId id) {
		return releases.of(id);
	}

	public List<Decision> decisions(IncidentId id) {
		return releases.decisions(id);
	}

	private Instant firstEngagement(IncidentId id) {
		return timelines.of(id).stream()
			.filter(entry -> entry.type() == TimelineEventType.STEP_DONE
					&& GapAnalysis.ENGAGEMENT_STEPS.contains(entry.stepCode()))
			.map(TimelineEntry::occurredAt).findFirst().orElse(null);
	}
}
