package org.leoprotocol.protocol.timeline;

import java.time.Clock;
import java.time.Instant;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.personnel.DutyRoster;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.clock.StepClocks;
import org.leoprotocol.protocol.definition.Anchor;
import org.leoprotocol.protocol.definition.CompletingEvent;
import org.leoprotocol.protocol.definition.ProtocolStep;
import org.leoprotocol.protocol.finding.FindingRecorder;
import org.leoprotocol.protocol.incident.Acting;
import org.leoprotocol.protocol.incident.IncidentSteps;
import org.leoprotocol.protocol.incident.Incidents;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.NotPermitted;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happens during a response: dispatch events (assigned, arrived, cleared), body-camera metadata (recording
 * started and stopped, by device and officer) and protocol steps done. Each entry goes to the append-only timeline;
 * anchor events start step clocks, completing events tick off their steps, and gap analysis runs after every entry. A
 * unit that arrives was dispatched, even when it dispatched itself, so an arrival also counts as the assignment.
 */
@Service
public class ResponseLog {

	private final Incidents incidents;
	private final IncidentSteps incidentSteps;
	private final Protocols protocols;
	private final Timelines timelines;
	private final StepClocks clocks;
	private final FindingRecorder findings;
	private final AuditTrail audit;
	private final Clock clock;
	private final DutyRoster duty;
	private final Conflicts conflicts;

	ResponseLog(Incidents incidents, IncidentSteps incidentSteps, Protocols protocols, Timelines timelines,
			StepClocks clocks,
			FindingRecorder findings,
			AuditTrail audit, Clock clock, DutyRoster duty, Conflicts conflicts) {
		this.conflicts = conflicts;
		this.duty = duty;
		this.incidents = incidents;
		this.incidentSteps = incidentSteps;
		this.protocols = protocols;
		this.timelines = timelines;
		this.clocks = clocks;
		this.findings = findings;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void dispatch(IncidentId id, TimelineEventType type, OfficerId officer, Instant at, Actor actor) {
		if (type == null || !type.dispatch()) {
			throw new InvalidInput("protocol.dispatch.type.invalid");
		}
		requireOfficer(officer, "a dispatch event");
		if (type != TimelineEventType.CLEARED) {
			duty.requireAvailable(officer);
		}
		Incident incident = lock(id);
		if (type != TimelineEventType.CLEARED) {
			incident.requireOpen("recording");
		}
		Instant when = ReportedTimes.orNow(at, clock, "dispatch");
		timelines.append(id, TimelineEntry.of(when, type, officer, null, actor.username(), clock.instant())
			.recordedAs(Acting.officer(actor)));
		if (type == TimelineEventType.ASSIGNED
				|| (incident.responsibleOfficer() == null && type == TimelineEventType.ARRIVED)) {
			incidents.makeResponsible(id, officer);
			incident = lock(id);
		}
		if (type != TimelineEventType.CLEARED) {
			clocks.start(incident, Anchor.UNIT_ASSIGNED, when);
			completeBy(incident, CompletingEvent.ASSIGNED, when, actor, officer);
		}
		if (type == TimelineEventType.ARRIVED) {
			clocks.start(incident, Anchor.UNIT_ARRIVED, when);
		}
		findings.analyse(incident);
		noteStake(id, actor, Sentence.ofText("conflicts.act.dispatch." + type.name()));
		audit.access(AuditAction.UPDATE, Protocols.COMPONENT, RecordReference.of("Incident", id),
				Sentence.of("audit.detail.dispatch." + type));
	}

	@Transactional
	public void camera(IncidentId id, TimelineEventType type, String deviceId, OfficerId officer, Instant at,
			String note,
			Actor actor) {
		if (type == null || !type.camera()) {
			throw new InvalidInput("protocol.camera.type.invalid");
		}
		if (deviceId == null || deviceId.isBlank() || deviceId.strip().length() > 100) {
			throw new InvalidInput("protocol.camera.device.missing");
		}
		requireOfficer(officer, "a body-camera event");
		Incident incident = lock(id);
		Instant when = ReportedTimes.orNow(at, clock, "recording");
		timelines.append(id,
				TimelineEntry.of(when, type, officer, TimelineEntry.note(note), actor.username(), clock.instant())
					.onDevice(deviceId.strip()).recordedAs(Acting.officer(actor)));
		if (type == TimelineEventType.RECORDING_STARTED && incident.open()) {
			completeBy(incident, CompletingEvent.RECORDING_STARTED, when, actor, officer);
		}
		findings.analyse(incident);
		noteStake(id, actor, Sentence.ofText("conflicts.act.camera." + type.name()));
		audit.access(AuditAction.UPDATE, Protocols.COMPONENT, RecordReference.of("Incident", id),
				Sentence.of("audit.detail.camera." + type));
	}

	/**
	 * Records a step done now, performed by the officer named ({@code performedBy}) or, where {@link PerformerPolicy}
	 * allows leaving it out, by the recorder themselves; the recorder is kept apart as who typed it in.
	 */
	@Transactional
	public StepClock completeStep(IncidentId id, String code, OfficerId officer, String note, Actor actor) {
		Incident incident = lock(id);
		incident.requireOpen("step");
		StepClock step = incidentSteps.steps(id).stream().filter(clock -> clock.code().equals(code)).findFirst()
			.orElseThrow(() -> new UnknownRecord("protocol.step.unknown", code));
		if (step.done()) {
			throw new WrongState("protocol.step.done", code, step.doneAt(), step.doneBy());
		}
		ProtocolStep definition = protocols.version(incident.protocolVersion()).step(code).orElseThrow();
		if (definition.completedBy() != null) {
			throw new WrongState("protocol.step.completed.by.event", code, definition.completedBy());
		}
		if (!Acting.mayAct(actor, step.actingRole())) {
			throw new NotPermitted("protocol.step.role.other", code, Phrase.of("word.role.", step.actingRole()));
		}
		Instant now = clock.instant();
		OfficerId by = PerformerPolicy.performer(actor, officer, incident.responsibleOfficer(),
				PerformerPolicy.onIncident(incident, timelines.of(id)));
		complete(incident, code, now, actor, by, TimelineEntry.note(note));
		noteStake(id, actor, Sentence.ofText("conflicts.act.step", code));
		findings.analyse(incident);
		audit.access(AuditAction.UPDATE, Protocols.COMPONENT, RecordReference.of("Incident", id),
				Sentence.of("audit.detail.incident.step-done", code));
		return incidentSteps.steps(id).stream().filter(clock -> clock.code().equals(code)).findFirst().orElseThrow();
	}

	/** Ticks off every open step of the incident that the event completes by itself. */
	public void completeBy(Incident incident, CompletingEvent event, Instant at, Actor actor, OfficerId officer) {
		ProtocolVersion version = protocols.version(incident.protocolVersion());
		for (StepClock step : incidentSteps.steps(incident.id())) {
			boolean completes = version.step(step.code()).map(definition -> definition.completedBy() == event)
				.orElse(false);
			if (completes && !step.done()) {
				complete(incident, step.code(), at, actor, officer,
						TimelineDetail.said("completed", event.name()));
			}
		}
	}

	private void complete(Incident incident, String code, Instant at, Actor actor, OfficerId officer,
			String note) {
		if (incidentSteps.complete(incident.id(), code, at, actor.username(), officer, Acting.officer(actor))) {
			timelines.append(incident.id(),
					TimelineEntry.of(at, TimelineEventType.STEP_DONE, officer, note, actor.username(),
							clock.instant())
						.forStep(code).recordedAs(Acting.officer(actor)));
		}
	}

	private Incident lock(IncidentId id) {
		return incidents.findForUpdate(id).orElseThrow(() -> new UnknownRecord("protocol.incident.unknown", id));
	}

	private static void requireOfficer(OfficerId officer, String what) {
		if (officer == null) {
			throw new InvalidInput("protocol.officer.missing", what);
		}
	}

	/**
	 * A protocol act is never refused for a stake in the incident (a child's safety comes first), but an act by someone
	 * with a stake is flagged for review.
	 */
	private void noteStake(IncidentId id, Actor actor, Sentence what) {
		conflicts.noteForReview(actor, RecordRef.of(RecordKind.INCIDENT, id.value()), what);
	}
}
