package org.leoprotocol.protocol.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leoprotocol.notifications.Notice;
import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.notifications.NotificationDesk;
import org.leoprotocol.notifications.NotificationId;
import org.leoprotocol.notifications.Recipient;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Supervision;
import org.leoprotocol.personnel.Supervisors;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.definition.EscalationLevel;
import org.leoprotocol.protocol.incident.IncidentSteps;
import org.leoprotocol.protocol.incident.Incidents;
import org.leoprotocol.protocol.incident.StaffMembers;
import org.leoprotocol.protocol.timeline.TimelineDetail;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.protocol.timeline.Timelines;
import org.leoprotocol.protocol.web.IncidentRoutes;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes an escalation reach people. When a level is raised, the people of its rung are resolved at that moment from the
 * duty roster (the responsible officer; the supervisor on duty over the officer's unit; the watch commander) and told
 * through the notification desk in the same transaction; an escalation of a child's incident cannot be muted. Unless
 * someone acknowledges within the level's time, it passes to the next rung up, and so on to command. Every round,
 * recipient and acknowledgement is kept and named on the incident's timeline.
 */
@Service
public class EscalationDelivery {

	private static final Logger log = LoggerFactory.getLogger(EscalationDelivery.class);

	private final Incidents incidents;
	private final IncidentSteps incidentSteps;
	private final Protocols protocols;
	private final EscalationRounds rounds;
	private final Timelines timelines;
	private final EscalationRungs rungs;
	private final NotificationDesk notifications;
	private final StaffMembers staff;
	private final ObjectProvider<SchedulerClient> scheduler;
	private final Clock clock;
	private final AgencyTime agencyTime;

	EscalationDelivery(Incidents incidents, IncidentSteps incidentSteps, Protocols protocols, EscalationRounds rounds,
			Timelines timelines,
			EscalationRungs rungs, NotificationDesk notifications, StaffMembers staff,
			ObjectProvider<SchedulerClient> scheduler,
			Clock clock, AgencyTime agencyTime) {
		this.incidents = incidents;
		this.incidentSteps = incidentSteps;
		this.protocols = protocols;
		this.rounds = rounds;
		this.timelines = timelines;
		this.rungs = rungs;
		this.notifications = notifications;
		this.staff = staff;
		this.scheduler = scheduler;
		this.clock = clock;
		this.agencyTime = agencyTime;
	}

	/**
	 * Reaches the level's rung as it is raised, in the caller's transaction; returns the names of those reached. An
	 * incident nobody has been made responsible for yet is its opener's unit's: its escalations reach the supervisor on
	 * duty over that unit (an officer's level too, since there is no officer to tell), falling back up the chain to the
	 * watch commander and command. Who was reached is said as the key (after {@code incident-timeline.}) and arguments
	 * of a sentence, for the timeline to keep.
	 */
	List<Object> raise(Incident incident, EscalationKey key, EscalationLevel level, StepClock step, Instant now) {
		EscalationRungs.Reach reach = rungs.reach(level.notified(), incident, now);
		if (reach.officers().isEmpty()) {
			log.warn("Escalation {} reached nobody: nobody on duty up the unit's chain of command and no command staff"
					+ " on the roster (name the command ranks in leo.duty.command-ranks, or the units' hierarchy)",
					cause(key));
		}
		rounds.open(key, 0, reach.rung(), now);
		send(incident, key, 0, reach.officers(), step);
		Duration within = acknowledgeWithin(level, incident);
		if (within != null && reach.passable()) {
			schedule(key, 0, now.plus(within));
		}
		List<Object> reached = new java.util.ArrayList<>();
		reached.add("reached" + (incident.responsibleOfficer() == null ? ".unassigned" : "")
				+ (reach.officers().isEmpty() ? ".nobody" : ""));
		if (!reach.officers().isEmpty()) {
			reached.add(rungs.names(reach.officers()));
		}
		if (incident.responsibleOfficer() == null) {
			reached.add(reach.rung());
			reached.add(staff.describeAccount(incident.openedBy()));
		}
		return reached;
	}

	/**
	 * Passes the escalation to the next rung if nobody acknowledged round {@code round} in time and the step is still
	 * undone; does nothing when it was acknowledged, the step done, the incident resolved, or the pass already made.
	 */
	@Transactional
	public void passOn(EscalationKey key, int round) {
		Optional<Incident> found = incidents.findForUpdate(key.incident()).filter(Incident::open);
		Optional<StepClock> step = found.flatMap(incident -> incidentSteps.steps(key.incident()).stream()
			.filter(clock -> clock.code().equals(key.stepCode())).findFirst()).filter(clock -> !clock.done());
		Optional<EscalationRound> last = rounds.round(key, round);
		if (step.isEmpty() || last.isEmpty() || rounds.acknowledged(key)
				|| !EscalationRungs.passable(last.get().rung())) {
			return;
		}
		Incident incident = found.get();
		Instant now = clock.instant();
		Supervisors next = rungs.supervisors(incident, Supervision.valueOf(last.get().rung()).above(), now);
		if (!rounds.open(key, round + 1, next.rung().name(), now)) {
			return;
		}
		send(incident, key, round + 1, next.officers(), step.get());
		timelines.append(key.incident(),
				TimelineEntry.of(now, TimelineEventType.ESCALATION_PASSED_ON, null,
						TimelineDetail.said(
								next.officers().isEmpty() ? "escalation.passed.nobody" : "escalation.passed",
								key.level(), agencyTime.timeOfDay(last.get().reachedAt()), next.rung().name(),
								rungs.names(next.officers())),
						"leo", now)
					.forStep(key.stepCode()));
		level(incident, key).map(level -> acknowledgeWithin(level, incident))
			.filter(within -> EscalationRungs.passable(next.rung().name()))
			.ifPresent(within -> schedule(key, round + 1, now.plus(within)));
	}

	/** Records that a person reached acknowledged the escalation, once per person, on the incident's timeline. */
	@Transactional
	void acknowledge(EscalationKey key, String username, Instant at) {
		if (rounds.acknowledge(key, username, at)) {
			timelines.append(key.incident(),
					TimelineEntry.of(at, TimelineEventType.ESCALATION_ACKNOWLEDGED, null,
							TimelineDetail.said("escalation.acknowledged", key.level(),
									staff.describeAccount(username), agencyTime.timeOfDay(at)),
							username, clock.instant())
						.forStep(key.stepCode()));
		}
	}

	static String cause(EscalationKey key) {
		return "escalation:" + key.incident() + ":" + key.stepCode() + ":" + key.level();
	}

	/** The escalation a notification's cause names, if it names one. */
	static Optional<EscalationKey> fromCause(String cause) {
		String[] parts = cause == null ? new String[0] : cause.split(":");
		if (parts.length != 4 || !"escalation".equals(parts[0])) {
			return Optional.empty();
		}
		return Optional.of(new EscalationKey(IncidentId.of(parts[1]), parts[2], Integer.parseInt(parts[3])));
	}

	private void send(Incident incident, EscalationKey key, int round, List<OfficerId> officers, StepClock step) {
		List<Notice> notices = officers.stream()
			.map(officer -> new Notice(new Recipient.Officer(officer), NoticeKind.ESCALATION,
					cause(key), "protocol-acts.escalation.subject",
					List.of(Notice.translated("protocol-acts.step." + step.code(), step.title()),
							String.valueOf(key.level()),
							Notice.translated("protocol-acts.kind." + incident.kind().name(), incident.kind().label()),
							step.dueAt() == null ? "" : agencyTime.timeOfDay(step.dueAt())),
					IncidentRoutes.incident(incident.id()), !incident.kind().child()))
			.toList();
		List<NotificationId> sent = notifications.sendAll(notices);
		for (int i = 0; i < officers.size(); i++) {
			rounds.reached(key, round, officers.get(i), sent.get(i).value());
		}
	}

	/**
	 * How long the people reached have to acknowledge: the level's time, or for an officer's level that reached a
	 * supervisor because nobody is responsible yet, a supervisor's default time.
	 */
	private static Duration acknowledgeWithin(EscalationLevel level, Incident incident) {
		if (level.acknowledgeWithin() == null && level.notified() == Role.OFFICER
				&& incident.responsibleOfficer() == null) {
			return EscalationLevel.DEFAULT_ACKNOWLEDGEMENT;
		}
		return level.acknowledgeWithin();
	}

	private Optional<EscalationLevel> level(Incident incident, EscalationKey key) {
		return protocols.version(incident.protocolVersion()).step(key.stepCode())
			.flatMap(definition -> definition.escalations().stream().filter(l -> l.level() == key.level()).findFirst());
	}

	private void schedule(EscalationKey key, int round, Instant at) {
		scheduler.getObject().scheduleIfNotExists(new TaskInstance<>(AcknowledgementDeadline.TASK,
				AcknowledgementDeadline.instanceId(key, round)), at);
	}
}
