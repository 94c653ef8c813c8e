package org.leoprotocol.protocol.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.leoprotocol.access.Role;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.DecisionKind;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.RiskFactor;
import org.leoprotocol.protocol.broadcast.Broadcasts;
import org.leoprotocol.protocol.clock.Durations;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.clock.StepStatus;
import org.leoprotocol.protocol.definition.Anchor;
import org.leoprotocol.protocol.escalation.EscalationRounds;
import org.leoprotocol.protocol.reunification.ReleaseVerification;
import org.leoprotocol.protocol.reunification.Reunification;
import org.leoprotocol.protocol.reunification.VerifiedRelease;
import org.leoprotocol.protocol.timeline.AmendmentDesk;
import org.leoprotocol.protocol.timeline.PerformerPolicy;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.protocol.triage.PriorityReason;
import org.leoprotocol.protocol.web.BoardView;
import org.leoprotocol.protocol.web.BoardView.BoardClock;
import org.leoprotocol.protocol.web.BoardView.BoardIncident;
import org.leoprotocol.protocol.web.IncidentPage;
import org.leoprotocol.protocol.web.IncidentPage.AmendmentRow;
import org.leoprotocol.protocol.web.IncidentPage.Attribution;
import org.leoprotocol.protocol.web.NewIncidentForm.Choice;
import org.leoprotocol.protocol.web.IncidentPage.BroadcastRow;
import org.leoprotocol.protocol.web.IncidentPage.EscalationRow;
import org.leoprotocol.protocol.web.IncidentPage.FindingRow;
import org.leoprotocol.protocol.web.IncidentPage.StepRow;
import org.leoprotocol.protocol.web.IncidentPage.TimelineRow;
import org.leoprotocol.protocol.web.IncidentRoutes;
import org.leoprotocol.protocol.web.IncidentRow;
import org.leoprotocol.protocol.web.NewIncidentForm;

import org.leoprotocol.shared.AgencyTime;

import org.springframework.stereotype.Component;

/** Turns incidents into the view records the incident pages and the live board render, in the agency's time zone. */
@Component
class IncidentPageViews {

	private final IncidentDesk desk;
	private final Protocols protocols;
	private final Reunification reunification;
	private final Broadcasts broadcasts;
	private final StaffMembers staff;
	private final AmendmentDesk amendments;
	private final EscalationRounds rounds;
	private final Clock clock;
	private final AgencyTime agencyTime;

	IncidentPageViews(IncidentDesk desk, Protocols protocols, Reunification reunification, Broadcasts broadcasts,
			StaffMembers staff,
			AmendmentDesk amendments, EscalationRounds rounds, Clock clock, AgencyTime agencyTime) {
		this.amendments = amendments;
		this.rounds = rounds;
		this.desk = desk;
		this.protocols = protocols;
		this.reunification = reunification;
		this.broadcasts = broadcasts;
		this.staff = staff;
		this.clock = clock;
		this.agencyTime = agencyTime;
	}

	List<IncidentRow> rows(List<Incident> incidents) {
		return incidents.stream().map(incident -> new IncidentRow(incident.id().toString(), incident.kind().label(),
				incident.priority().priority().name(), age(incident), incident.location(),
				format(incident.reportedAt()),
				incident.status().name(), staff.describe(incident.responsibleOfficer())))
			.toList();
	}

	NewIncidentForm form(String kind, String location, String name, String age, String description, String condition,
			List<String> risks, String badge, String problem) {
		return new NewIncidentForm(kind, location, name, age, description, condition, risks == null ? List.of() : risks,
				badge,
				Arrays.stream(IncidentKind.values()).map(k -> new Choice(k.name(), k.label())).toList(),
				Arrays.stream(Condition.values()).map(c -> new Choice(c.name(), c.label())).toList(),
				Arrays.stream(RiskFactor.values()).map(r -> new Choice(r.name(), r.label())).toList(), problem);
	}

	IncidentPage page(Incident incident, StaffMember reader, boolean named, String notice, String problem) {
		Instant now = clock.instant();
		ProtocolVersion version = protocols.version(incident.protocolVersion());
		boolean mayAct = reader.hasAny(Role.OFFICER, Role.SUPERVISOR, Role.COMMAND) && incident.open();
		java.util.Map<String, String> stepTitles = new java.util.HashMap<>();
		version.steps().forEach(step -> stepTitles.put(step.code(), step.title()));
		List<StepRow> steps = desk.steps(incident.id()).stream().map(step -> new StepRow(step.code(), step.title(),
				step.actingRole().name(), step.anchor().name(),
				step.dueAt() == null ? "waits for " + anchor(step.anchor()) : format(step.dueAt()),
				step.status().name(), step.done() ? format(step.doneAt()) + " by " + step.doneBy() : "",
				step.lateness(now).isZero() ? "" : Durations.clock(step.lateness(now)), step.source(),
				mayAct && !step.done() && reader.mayAct(step.actingRole())
						&& version.step(step.code()).map(d -> d.completedBy() == null).orElse(false)))
			.toList();
		return new IncidentPage(incident.id().toString(), incident.kind().label(), incident.status().name(),
				incident.open(),
				incident.protocolVersion(), format(incident.reportedAt()), incident.location(),
				named ? incident.person().name() : null, !named && incident.person().nameKnown(), age(incident),
				incident.person().description(), incident.person().condition().label(),
				incident.person().riskFactors().stream().map(RiskFactor::label).toList(),
				incident.priority().priority().name(),
				incident.priority().reasons().stream().map(PriorityReason::text).toList(),
				staff.describe(incident.responsibleOfficer()), steps,
				escalationRows(incident.id()),
				desk.findings(incident.id()).stream().map(f -> new FindingRow(f.kind().name(), f.summary(),
						staff.describe(f.officer()), format(f.recordedAt())))
					.toList(),
				desk.timeline(incident.id()).stream().map(entry -> named ? entry : entry.masked())
					.map(entry -> timelineRow(entry, stepTitles)).toList(),
				broadcasts.of(incident.id()).stream().map(b -> new BroadcastRow(format(b.issuedAt()) + ": " + b.text(),
						IncidentRoutes.cap(incident.id(), b.id())))
					.toList(),
				IncidentRoutes.pfif(incident.id()),
				reunification.release(incident.id()).map(r -> release(r, named)).orElse(null),
				reunification.decisions(incident.id()).stream().map(d -> d.decision().label() + ": " + d.reason()
						+ " (" + d.decidedBy() + ", " + format(d.decidedAt()) + ")")
					.toList(),
				Arrays.stream(DecisionKind.values()).map(Enum::name).toList(), mayAct, notice, problem,
				attribution(incident, reader), closing(incident, reader));
	}

	private IncidentPage.Closing closing(Incident incident, StaffMember reader) {
		boolean responder = reader.hasAny(Role.OFFICER, Role.SUPERVISOR, Role.COMMAND);
		return new IncidentPage.Closing(responder && !incident.closed(),
				!incident.open() && !incident.closed() && reader.hasAny(Role.SUPERVISOR, Role.COMMAND));
	}

	private List<EscalationRow> escalationRows(IncidentId id) {
		List<EscalationRounds.Reached> reached = rounds.reached(id);
		List<EscalationRounds.Acknowledgement> acknowledged = rounds.acknowledgements(id);
		return desk.escalations(id).stream()
			.map(e -> new EscalationRow(stepTitle(id, e.stepCode()), e.level(), e.notified().name(),
					format(e.dueAt()), format(e.raisedAt()),
					reached.stream().filter(r -> r.stepCode().equals(e.stepCode()) && r.level() == e.level())
						.map(r -> staff.describe(r.officer()) + " (" + format(r.reachedAt()) + ")").toList(),
					acknowledged.stream().filter(a -> a.stepCode().equals(e.stepCode()) && a.level() == e.level())
						.map(a -> staff.describeAccount(a.username()) + " (" + format(a.at()) + ")").toList()))
			.toList();
	}

	private String stepTitle(IncidentId id, String code) {
		return desk.steps(id).stream().filter(step -> step.code().equals(code)).map(StepClock::title).findFirst()
			.orElse(code.replace('_', ' ').toLowerCase());
	}

	private Attribution attribution(Incident incident, StaffMember reader) {
		List<TimelineEntry> timeline = desk.timeline(incident.id());
		Set<OfficerId> onIncident = PerformerPolicy.onIncident(incident, timeline);
		OfficerId preselected = PerformerPolicy.defaultFor(reader, incident.responsibleOfficer(), onIncident);
		return new Attribution(onIncident.stream().map(o -> new Choice(o.toString(), staff.describe(o))).toList(),
				preselected == null ? "" : preselected.toString(),
				amendments.of(incident.id()).stream()
					.map(a -> new AmendmentRow(a.id().toString(), String.valueOf(a.entry()),
							staff.describe(a.recordedPerformer()), staff.describe(a.performedBy()), a.reason(),
							a.approved(),
							a.proposedBy() + ", " + format(a.proposedAt()),
							a.approved() ? a.approvedBy() + ", " + format(a.approvedAt()) : ""))
					.toList(),
				desk.withdrawnFindings(incident.id()).stream().map(f -> new FindingRow(f.kind().name(), f.summary(),
						staff.describe(f.officer()), format(f.recordedAt())))
					.toList(),
				timeline.stream().filter(TimelineEntry::amendable)
					.map(e -> new Choice(e.position().toString(), "#" + e.position()
							+ " " + format(e.occurredAt()) + " " + e.type().name().toLowerCase().replace('_', ' ')
							+ (e.stepCode() == null ? "" : " " + stepTitle(incident.id(), e.stepCode())) + " — "
							+ staff.describe(e.officer())))
					.toList(),
				reader.hasAny(Role.SUPERVISOR, Role.COMMAND));
	}

	BoardView board(List<Incident> incidents) {
		Instant now = clock.instant();
		return new BoardView(format(now), incidents.stream().map(incident -> new BoardIncident(incident.id().toString(),
				incident.kind().label(), incident.priority().priority().name(), age(incident), incident.location(),
				format(incident.reportedAt()), staff.describe(incident.responsibleOfficer()),
				desk.escalations(incident.id()).size(),
				desk.steps(incident.id()).stream().map(step -> clock(step, now)).toList()))
			.toList());
	}

	private BoardClock clock(StepClock step, Instant now) {
		if (step.done()) {
			return new BoardClock(step.code(), step.title(), "done", "done " + agencyTime.timeOfDay(step.doneAt()));
		}
		if (step.dueAt() == null) {
			return new BoardClock(step.code(), step.title(), "waiting", "waits for " + anchor(step.anchor()));
		}
		Duration remaining = step.remaining(now);
		if (remaining.isNegative() || step.status() == StepStatus.LATE) {
			return new BoardClock(step.code(), step.title(), "late", "late " + Durations.clock(step.lateness(now)));
		}
		return new BoardClock(step.code(), step.title(), "running", Durations.clock(remaining) + " left");
	}

	private TimelineRow timelineRow(TimelineEntry entry, java.util.Map<String, String> stepTitles) {
		return new TimelineRow(entry.position() == null ? "" : entry.position().toString(), format(entry.occurredAt()),
				entry.type().name().replace('_', ' ').toLowerCase(),
				entry.type().source().name().replace('_', ' ').toLowerCase(), staff.describe(entry.officer()),
				entry.deviceId() == null ? "" : entry.deviceId(),
				(entry.stepCode() == null ? ""
						: stepTitles.getOrDefault(entry.stepCode(), entry.stepCode().replace('_', ' ').toLowerCase())
								+ (entry.detail() == null ? "" : ": "))
						+ (entry.detail() == null ? "" : entry.detail())
						+ (entry.amendedFrom() == null ? ""
								: " [amended; first recorded as " + staff.describe(entry.amendedFrom()) + "]"),
				entry.recordedBy(), origin(entry));
	}

	private static String origin(TimelineEntry entry) {
		return switch (entry.provenance()) {
			case FOOTAGE -> "footage.timeline.from-footage";
			case CAD -> "footage.timeline.from-cad";
			case LEO -> entry.enteredByHand() ? "footage.timeline.by-hand" : "";
		};
	}

	private String release(VerifiedRelease release, boolean named) {
		ReleaseVerification v = release.verification();
		return "Released " + format(release.releasedAt()) + " to " + (named ? v.claimantName() + ", " : "the ")
				+ v.relationship()
				+ (named ? "; " + v.document().type() + " (" + v.document().issuer() + ") ending "
						+ v.document().lastFour()
						: " (identity withheld: your role does not need it)")
				+ "; recognition " + v.recognition().name().toLowerCase().replace('_', ' ')
				+ "; custody " + (v.custodyClear() ? "clear" : "conflict") + " (" + v.authorisationSource()
				+ "); verified by "
				+ staff.describe(v.verifyingOfficer())
				+ (v.confirmingOfficer() == null ? "" : "; confirmed by " + staff.describe(v.confirmingOfficer()));
	}

	private static String anchor(Anchor anchor) {
		return anchor.name().toLowerCase().replace('_', ' ');
	}

	private static String age(Incident incident) {
		return incident.person().age() == null ? "unknown" : incident.person().age().toString();
	}

	private String format(Instant instant) {
		return agencyTime.stampSeconds(instant);
	}

	String officer(OfficerId id) {
		return staff.describe(id);
	}
}
