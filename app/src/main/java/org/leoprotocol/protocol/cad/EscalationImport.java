package org.leoprotocol.protocol.cad;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.leoprotocol.protocol.EscalationRaised;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.RaisedEscalation;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.definition.EscalationLevel;
import org.leoprotocol.protocol.escalation.Escalation;
import org.leoprotocol.protocol.escalation.Escalations;
import org.leoprotocol.protocol.incident.IncidentSteps;
import org.leoprotocol.protocol.timeline.TimelineDetail;
import org.leoprotocol.protocol.timeline.TimelineEntry;

import org.springframework.stereotype.Component;

/**
 * Stores an escalation a CAD system recorded for an imported incident, due when the step's clock and the level's delay
 * say, raised when CAD says; an escalation already stored is stored once.
 */
@Component
class EscalationImport {

	private final IncidentSteps incidentSteps;
	private final Escalations escalations;

	EscalationImport(IncidentSteps incidentSteps, Escalations escalations) {
		this.incidentSteps = incidentSteps;
		this.escalations = escalations;
	}

	/** The event a live escalation would have published, with the CAD times; none when it was stored before. */
	Optional<EscalationRaised> escalate(Incident incident, ProtocolVersion version,
			RaisedEscalation raised, HistoricalTimeline timeline) {
		String code = raised.step().strip();
		EscalationLevel level = version.step(code).orElseThrow().escalations().stream()
			.filter(candidate -> candidate.level() == raised.level()).findFirst().orElseThrow();
		Instant due = incidentSteps.steps(incident.id()).stream().filter(step -> step.code().equals(code)).findFirst()
			.map(StepClock::dueAt).map(at -> at.plus(level.after())).orElse(raised.at());
		Escalation escalation = new Escalation(incident.id(), code, level.level(), level.notified(), due, raised.at(),
				incident.responsibleOfficer());
		if (!escalations.insertIfAbsent(escalation)) {
			return Optional.empty();
		}
		timeline.add(TimelineEntry.of(raised.at(), TimelineEventType.ESCALATION_RAISED, incident.responsibleOfficer(),
				TimelineDetail.said("escalation.cad", level.level(), level.notified().name()),
				timeline.by, timeline.now)
			.forStep(code));
		return Optional.of(new EscalationRaised(incident.id(), code, level.level(), level.notified(),
				incident.responsibleOfficer(),
				due, raised.at(), incident.kind(), incident.reportedAt()));
	}
}
