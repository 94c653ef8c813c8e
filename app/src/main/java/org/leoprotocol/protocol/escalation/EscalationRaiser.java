package org.leoprotocol.protocol.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.protocol.EscalationRaised;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.definition.EscalationLevel;
import org.leoprotocol.protocol.incident.IncidentSteps;
import org.leoprotocol.protocol.incident.Incidents;
import org.leoprotocol.protocol.timeline.TimelineDetail;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.protocol.timeline.Timelines;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises one escalation level when the scheduler says its time has come. It does nothing when the step was done in the
 * meantime, the incident was resolved, or the level was already raised (by a retry, or by another node): the escalation
 * row, the notices to the people it reaches ({@link EscalationDelivery}), its timeline entry naming them and the
 * {@link EscalationRaised} event commit together or not at all.
 */
@Service
public class EscalationRaiser {

	private final AgencyTime time;
	private final Incidents incidents;
	private final IncidentSteps incidentSteps;
	private final Protocols protocols;
	private final Escalations escalations;
	private final Timelines timelines;
	private final EscalationDelivery delivery;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	EscalationRaiser(Incidents incidents, IncidentSteps incidentSteps, Protocols protocols, Escalations escalations,
			Timelines timelines,
			EscalationDelivery delivery, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			AgencyTime time) {
		this.time = time;
		this.delivery = delivery;
		this.incidents = incidents;
		this.incidentSteps = incidentSteps;
		this.protocols = protocols;
		this.escalations = escalations;
		this.timelines = timelines;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Raises the level unless it is moot or already raised; true when this call raised it. */
	@Transactional
	public boolean raise(EscalationKey key) {
		Optional<Incident> found = incidents.findForUpdate(key.incident());
		if (found.isEmpty() || !found.get().open()) {
			return false;
		}
		Incident incident = found.get();
		Optional<StepClock> step = incidentSteps.steps(key.incident()).stream()
			.filter(clock -> clock.code().equals(key.stepCode())).findFirst();
		Optional<EscalationLevel> level = protocols.version(incident.protocolVersion()).step(key.stepCode())
			.flatMap(definition -> definition.escalations().stream().filter(l -> l.level() == key.level()).findFirst());
		if (step.isEmpty() || level.isEmpty() || step.get().done() || step.get().dueAt() == null) {
			return false;
		}
		Instant now = clock.instant();
		Escalation escalation = new Escalation(key.incident(), key.stepCode(), key.level(), level.get().notified(),
				step.get().dueAt().plus(level.get().after()), now, incident.responsibleOfficer());
		if (!escalations.insertIfAbsent(escalation)) {
			return false;
		}
		incidentSteps.markLate(key.incident(), key.stepCode());
		List<Object> reached = delivery.raise(incident, key, level.get(), step.get(), now);
		List<Object> said = new ArrayList<>(List.of(key.level(), level.get().notified().name(),
				time.timeOfDay(step.get().dueAt()), TimelineDetail.KEYS + reached.get(0)));
		said.addAll(reached.subList(1, reached.size()));
		timelines.append(key.incident(), TimelineEntry
			.of(now, TimelineEventType.ESCALATION_RAISED, incident.responsibleOfficer(),
					TimelineDetail.said("escalation.raised", said.toArray()),
					"leo", now)
			.forStep(key.stepCode()));
		audit.access(AuditAction.UPDATE, Protocols.COMPONENT, RecordReference.of("Incident", key.incident()),
				Sentence.of("audit.detail.incident.escalation", key.stepCode(), String.valueOf(key.level())));
		events.publishEvent(new EscalationRaised(key.incident(), key.stepCode(), key.level(), level.get().notified(),
				incident.responsibleOfficer(), escalation.dueAt(), now, incident.kind(), incident.reportedAt()));
		return true;
	}
}
