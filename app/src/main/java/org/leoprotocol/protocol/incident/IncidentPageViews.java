package org.leoprotocol.protocol.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.DecisionKind;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.protocol.broadcast.Broadcasts;
import org.leoprotocol.protocol.clock.Durations;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.escalation.EscalationRounds;
import org.leoprotocol.protocol.escalation.EscalationAcknowledgement;
import org.leoprotocol.protocol.escalation.EscalationReach;
import org.leoprotocol.protocol.reunification.ReleaseVerification;
import org.leoprotocol.protocol.reunification.Reunification;
import org.leoprotocol.protocol.reunification.VerifiedRelease;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.protocol.web.IncidentPage;
import org.leoprotocol.protocol.web.Closing;
import org.leoprotocol.protocol.web.BroadcastRow;
import org.leoprotocol.protocol.web.EscalationRow;
import org.leoprotocol.protocol.web.DecisionRow;
import org.leoprotocol.protocol.web.FindingRow;
import org.leoprotocol.protocol.web.ReleaseView;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.protocol.web.StepRow;
import org.leoprotocol.protocol.web.TimelineRow;
import org.leoprotocol.protocol.web.IncidentRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Turns an incident into the view record of its page: steps and their clocks, escalations and who they reached,
 * findings, the timeline, broadcasts, the release, and the attribution of acts, in the agency's time zone.
 */
@Component
class IncidentPageViews {

	private final IncidentParts parts;
	private final Protocols protocols;
	private final Reunification reunification;
	private final Broadcasts broadcasts;
	private static final String ANCHOR = "protocol-acts.draft.anchor.";

	private final StaffMembers staff;
	private final AttributionViews attributions;
	private final EscalationRounds rounds;
	private final Clock clock;
	private final AgencyTime agencyTime;

	IncidentPageViews(IncidentParts parts, Protocols protocols, Reunification reunification, Broadcasts broadcasts,
			StaffMembers staff,
			AttributionViews attributions, EscalationRounds rounds, Clock clock, AgencyTime agencyTime) {
		this.attributions = attributions;
		this.rounds = rounds;
		this.parts = parts;
		this.protocols = protocols;
		this.reunification = reunification;
		this.broadcasts = broadcasts;
		this.staff = staff;
		this.clock = clock;
		this.agencyTime = agencyTime;
	}

	IncidentPage page(Incident incident, Actor reader, boolean named, String notice, String problem) {
		Instant now = clock.instant();
		ProtocolVersion version = protocols.version(incident.protocolVersion());
		boolean mayAct = reader.hasAny(Role.OFFICER, Role.SUPERVISOR, Role.COMMAND) && incident.open();
		java.util.Map<String, String> stepTitles = new java.util.HashMap<>();
		version.steps().forEach(step -> stepTitles.put(step.code(), step.title()));
		List<StepRow> steps = parts.steps(incident.id()).stream().map(step -> new StepRow(step.code(), step.title(),
				role(step.actingRole()),
				step.dueAt() == null ? Sentence.of("incident-page.step.waits", Phrase.of(ANCHOR, step.anchor()))
						: Sentence.of("incident-page.step.due", format(step.dueAt())),
				step.status().name(), Phrase.of("incident-page.step.status.", step.status()),
				step.done() ? Sentence.of("incident-page.step.done", format(step.doneAt()), step.doneBy()) : null,
				step.lateness(now).isZero() ? "" : Durations.clock(step.lateness(now)), step.source(),
				mayAct && !step.done() && Acting.mayAct(reader, step.actingRole())
						&& version.step(step.code()).map(d -> d.completedBy() == null).orElse(false)))
			.toList();
		Priority priority = incident.priority().priority();
		return new IncidentPage(incident.id().toString(), Phrase.of("protocol-acts.kind.", incident.kind()),
				Phrase.of("incident-page.status.", incident.status()), incident.open(),
				incident.protocolVersion(), format(incident.reportedAt()), incident.location(),
				named ? incident.person().name() : null, !named && incident.person().nameKnown(),
				incident.person().age() == null ? null : incident.person().age().toString(),
				incident.person().description(), Phrase.of("incident-page.condition.", incident.person().condition()),
				incident.person().riskFactors().stream().map(risk -> Phrase.of("protocol-acts.risk.", risk)).toList(),
				priority.name(), Phrase.of("incident-page.priority.", priority),
				incident.priority().reasons().stream().map(PrioritySayings::said).toList(),
				staff.describe(incident.responsibleOfficer()), steps,
				escalationRows(incident.id()),
				parts.findings(incident.id()).stream().map(f -> new FindingRow(
						Phrase.of("protocol-acts.findingkind.", f.kind()), f.said(),
						staff.describe(f.officer()), format(f.recordedAt())))
					.toList(),
				parts.timeline(incident.id()).stream().map(entry -> named ? entry : entry.masked())
					.map(entry -> timelineRow(entry, stepTitles)).toList(),
				broadcasts.of(incident.id()).stream().map(b -> new BroadcastRow(format(b.issuedAt()) + ": " + b.text(),
						IncidentRoutes.cap(incident.id(), b.id())))
					.toList(),
				IncidentRoutes.pfif(incident.id()),
				reunification.release(incident.id()).map(r -> release(r, named)).orElse(null),
				reunification.decisions(incident.id()).stream()
					.map(d -> new DecisionRow(Phrase.of("protocol-acts.decision.", d.decision()), d.reason(),
							d.decidedBy(), format(d.decidedAt())))
					.toList(),
				Arrays.stream(DecisionKind.values()).map(Enum::name).toList(), mayAct, notice, problem,
				attributions.attribution(incident, reader), closing(incident, reader));
	}

	private Closing closing(Incident incident, Actor reader) {
		boolean responder = reader.hasAny(Role.OFFICER, Role.SUPERVISOR, Role.COMMAND);
		return new Closing(responder && !incident.closed(),
				!incident.open() && !incident.closed() && reader.hasAny(Role.SUPERVISOR, Role.COMMAND));
	}

	private List<EscalationRow> escalationRows(IncidentId id) {
		List<EscalationReach> reached = rounds.reached(id);
		List<EscalationAcknowledgement> acknowledged = rounds.acknowledgements(id);
		return parts.escalations(id).stream()
			.map(e -> new EscalationRow(stepTitle(parts.steps(id), e.stepCode()), e.level(), role(e.notified()),
					format(e.dueAt()), format(e.raisedAt()),
					reached.stream().filter(r -> r.stepCode().equals(e.stepCode()) && r.level() == e.level())
						.map(r -> staff.describe(r.officer()) + " (" + format(r.reachedAt()) + ")").toList(),
					acknowledged.stream().filter(a -> a.stepCode().equals(e.stepCode()) && a.level() == e.level())
						.map(a -> staff.describeAccount(a.username()) + " (" + format(a.at()) + ")").toList()))
			.toList();
	}

	/** A step's title among the incident's steps, or its code read as words when the step is not among them. */
	static String stepTitle(List<StepClock> steps, String code) {
		return steps.stream().filter(step -> step.code().equals(code)).map(StepClock::title).findFirst()
			.orElse(code.replace('_', ' ').toLowerCase(Locale.ROOT));
	}

	private TimelineRow timelineRow(TimelineEntry entry, java.util.Map<String, String> stepTitles) {
		return new TimelineRow(entry.position() == null ? "" : entry.position().toString(), format(entry.occurredAt()),
				Phrase.of("incident-page.timeline.type.", entry.type()),
				Phrase.of("incident-page.timeline.source.", entry.type().source()),
				staff.describe(entry.officer()),
				entry.deviceId() == null ? "" : entry.deviceId(),
				entry.stepCode() == null ? ""
						: stepTitles.getOrDefault(entry.stepCode(),
								entry.stepCode().replace('_', ' ').toLowerCase(Locale.ROOT)),
				TimelineSayings.said(entry.detail()).orElse(null), TimelineSayings.typed(entry.detail()),
				entry.amendedFrom() == null ? "" : staff.describe(entry.amendedFrom()),
				entry.recordedBy(), origin(entry));
	}

	private static String origin(TimelineEntry entry) {
		return switch (entry.provenance()) {
			case FOOTAGE -> "footage.timeline.from-footage";
			case CAD -> "footage.timeline.from-cad";
			case LEO -> entry.enteredByHand() ? "footage.timeline.by-hand" : "";
		};
	}

	/**
	 * The release: a sentence of its checks, then what staff typed; the claimant's name and document only for a reader
	 * who may see them ({@code named}), so no other reader's page can hold them.
	 */
	private ReleaseView release(VerifiedRelease release, boolean named) {
		ReleaseVerification v = release.verification();
		Sentence sentence = Sentence.of(named ? "incident-page.release.named" : "incident-page.release.withheld",
				format(release.releasedAt()), Phrase.of("incident-page.recognition.", v.recognition()),
				new Phrase(v.custodyClear() ? "protocol-acts.detail.release.clear"
						: "protocol-acts.detail.release.conflict"),
				staff.describe(v.verifyingOfficer()), v.confirmingOfficer() == null ? ""
						: Sentence.of("incident-page.release.confirmed", staff.describe(v.confirmingOfficer())));
		return named
				? new ReleaseView(sentence, v.claimantName(), v.relationship(),
						v.document().type() + " (" + v.document().issuer() + ")", v.document().lastFour(),
						v.authorisationSource())
				: new ReleaseView(sentence, null, v.relationship(), null, null, v.authorisationSource());
	}

	/** A role that acts on a step or is notified by an escalation, as the protocol page names it. */
	private static Phrase role(Role role) {
		return Phrase.of("protocol-acts.draft.role.", role);
	}

	private String format(Instant instant) {
		return agencyTime.stampSeconds(instant);
	}

	String officer(OfficerId id) {
		return staff.describe(id);
	}
}
