package org.leoprotocol.protocol.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.NoSuchElementException;

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
import org.leoprotocol.protocol.incident.IncidentSteps;
import org.leoprotocol.protocol.incident.Incidents;
import org.leoprotocol.protocol.incident.StaffMember;

import org.springframework.security.access.AccessDeniedException;
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
	public void dispatch(IncidentId id, TimelineEventType type, OfficerId officer, Instant at, StaffMember actor) {
		if (type == null || !type.dispatch()) {
			throw new IllegalArgumentException("A dispatch event is ASSIGNED, ARRIVED or CLEARED");
		}
		requireOfficer(officer, "a dispatch event");
		if (type != TimelineEventType.CLEARED) {
			duty.requireAvailable(officer);
		}
		Incident incident = lock(id);
		if (type != TimelineEventType.CLEARED) {
			incident.requireOpen("recording " + type.name().toLowerCase(Locale.ROOT));
		}
		Instant when = ReportedTimes.orNow(at, clock, "the dispatch event");
		timelines.append(id, TimelineEntry.of(when, type, officer, null, actor.username(), clock.instant())
			.recordedAs(actor.officer()));
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
		noteStake(id, actor, "dispatch " + type.name().toLowerCase(Locale.ROOT));
		audit.access(AuditAction.UPDATE, Protocols.COMPONENT, RecordReference.of("Incident", id), "dispatch " + type);
	}

	@Transactional
	public void camera(IncidentId id, TimelineEventType type, String deviceId, OfficerId officer, Instant at,
			String note,
			StaffMember actor) {
		if (type == null || !type.camera()) {
			throw new IllegalArgumentException("A body-camera event is RECORDING_STARTED or RECORDING_STOPPED");
		}
		if (deviceId == null || deviceId.isBlank() || deviceId.strip().length() > 100) {
			throw new IllegalArgumentException("Name the body-camera device (at most 100 characters)");
		}
		requireOfficer(officer, "a body-camera event");
		Incident incident = lock(id);
		Instant when = ReportedTimes.orNow(at, clock, "the recording event");
		timelines.append(id,
				TimelineEntry.of(when, type, officer, TimelineEntry.note(note), actor.username(), clock.instant())
					.onDevice(deviceId.strip()).recordedAs(actor.officer()));
		if (type == TimelineEventType.RECORDING_STARTED && incident.open()) {
			completeBy(incident, CompletingEvent.RECORDING_STARTED, when, actor, officer);
		}
		findings.analyse(incident);
		noteStake(id, actor, "body-camera " + type.name().toLowerCase(Locale.ROOT));
		audit.access(AuditAction.UPDATE, Protocols.COMPONENT, RecordReference.of("Incident", id),
				"body camera " + type);
	}

	/**
	 * Records a step done now, performed by the officer named ({@code performedBy}) or, where {@link PerformerPolicy}
	 * allows leaving it out, by the recorder themselves; the recorder is kept apart as who typed it in.
	 */
	@Transactional
	public StepClock completeStep(IncidentId id, String code, OfficerId officer, String note, StaffMember actor) {
		Incident incident = lock(id);
		incident.requireOpen("completing a step");
		StepClock step = incidentSteps.steps(id).stream().filter(clock -> clock.code().equals(code)).findFirst()
			.orElseThrow(() -> new NoSuchElementException("Step " + code + " is not part of this incident's protocol"));
		if (step.done()) {
			throw new IllegalStateException(
					"Step " + code + " was already done at " + step.doneAt() + " by " + step.doneBy());
		}
		ProtocolStep definition = protocols.version(incident.protocolVersion()).step(code).orElseThrow();
		if (definition.completedBy() != null) {
			throw new IllegalStateException("Step " + code + " is done by the " + definition.completedBy()
					+ " event itself; record that event instead");
		}
		if (!actor.mayAct(step.actingRole())) {
			throw new AccessDeniedException(
					"Step " + code + " is for " + step.actingRole() + ", supervisors or command");
		}
		Instant now = clock.instant();
		OfficerId by = PerformerPolicy.performer(actor, officer, incident.responsibleOfficer(),
				PerformerPolicy.onIncident(incident, timelines.of(id)));
		complete(incident, code, now, actor, by, TimelineEntry.note(note));
		noteStake(id, actor, "step " + code + " done");
		findings.analyse(incident);
		audit.access(AuditAction.UPDATE, Protocols.COMPONENT, RecordReference.of("Incident", id),
				"step " + code + " done");
		return incidentSteps.steps(id).stream().filter(clock -> clock.code().equals(code)).findFirst().orElseThrow();
	}

	/** Ticks off every open step of the incident that the event completes by itself. */
	public void completeBy(Incident incident, CompletingEvent event, Instant at, StaffMember actor, OfficerId officer) {
		ProtocolVersion version = protocols.version(incident.protocolVersion());
		for (StepClock step : incidentSteps.steps(incident.id())) {
			boolean completes = version.step(step.code()).map(definition -> definition.completedBy() == event)
				.orElse(false);
			if (completes && !step.done()) {
				complete(incident, step.code(), at, actor, officer,
						event.name().toLowerCase(Locale.ROOT).replace('_', ' '));
			}
		}
	}

	private void complete(Incident incident, String code, Instant at, StaffMember actor, OfficerId officer,
			String note) {
		if (incidentSteps.complete(incident.id(), code, at, actor.username(), officer, actor.officer())) {
			timelines.append(incident.id(),
					TimelineEntry.of(at, TimelineEventType.STEP_DONE, officer, note, actor.username(),
							clock.instant())
						.forStep(code).recordedAs(actor.officer()));
		}
	}

	private Incident lock(IncidentId id) {
		return incidents.findForUpdate(id).orElseThrow(() -> new NoSuchElementException("No incident " + id));
	}

	private static void requireOfficer(OfficerId officer, String what) {
		if (officer == null) {
			throw new IllegalArgumentException("Name the officer (badge number) of " + what);
		}
	}

	/**
	 * A protocol act is never refused for a stake in the incident (a child's safety comes first), but an act by someone
	 * with a stake is flagged for review.
	 */
	private void noteStake(IncidentId id, StaffMember actor, String what) {
		conflicts.noteForReview(actor.username(), RecordRef.of(RecordKind.INCIDENT, id.value()), what);
	}
}
