package org.leoprotocol.protocol.clock;

import java.time.Instant;
import java.util.List;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.definition.Anchor;
import org.leoprotocol.protocol.definition.EscalationLevel;
import org.leoprotocol.protocol.definition.ProtocolStep;
import org.leoprotocol.protocol.escalation.EscalationKey;
import org.leoprotocol.protocol.incident.IncidentSteps;

import org.springframework.stereotype.Component;

/**
 * Starts step clocks when their anchor event happens and schedules every escalation level of each started step in the
 * persistent scheduler, inside the caller's transaction. Raising is left to
 * {@link org.leoprotocol.protocol.escalation.EscalationRaiser}.
 */
@Component
public class StepClocks {

	private final IncidentSteps incidentSteps;
	private final Protocols protocols;
	private final SchedulerClient scheduler;
	private final OneTimeTask<Void> escalationTask;

	StepClocks(IncidentSteps incidentSteps, Protocols protocols, SchedulerClient scheduler,
			OneTimeTask<Void> escalationTask) {
		this.incidentSteps = incidentSteps;
		this.protocols = protocols;
		this.scheduler = scheduler;
		this.escalationTask = escalationTask;
	}

	public void start(Incident incident, Anchor anchor, Instant at) {
		List<StepClock> started = incidentSteps.startClocks(incident.id(), anchor, at);
		ProtocolVersion version = protocols.version(incident.protocolVersion());
		for (StepClock clock : started) {
			if (clock.done()) {
				continue;
			}
			ProtocolStep step = version.step(clock.code()).orElseThrow();
			for (EscalationLevel level : step.escalations()) {
				EscalationKey key = new EscalationKey(incident.id(), step.code(), level.level());
				scheduler.scheduleIfNotExists(escalationTask.instance(key.instanceId()),
						clock.dueAt().plus(level.after()));
			}
		}
	}
}
