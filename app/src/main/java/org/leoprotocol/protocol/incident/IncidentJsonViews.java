package org.leoprotocol.protocol.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.FindingKind;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.protocol.ProtocolFinding;
import org.leoprotocol.protocol.Recognition;
import org.leoprotocol.protocol.RiskFactor;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.cad.CadImports;
import org.leoprotocol.protocol.clock.Durations;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.clock.StepStatus;
import org.leoprotocol.protocol.definition.Anchor;
import org.leoprotocol.protocol.escalation.EscalationRounds;
import org.leoprotocol.protocol.escalation.EscalationAcknowledgement;
import org.leoprotocol.protocol.escalation.EscalationReach;
import org.leoprotocol.protocol.reunification.Decision;
import org.leoprotocol.protocol.reunification.ReleaseVerification;
import org.leoprotocol.protocol.reunification.Reunification;
import org.leoprotocol.protocol.reunification.VerifiedRelease;
import org.leoprotocol.protocol.timeline.Amendment;
import org.leoprotocol.protocol.timeline.AmendmentDesk;
import org.leoprotocol.protocol.timeline.Provenance;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.protocol.triage.PriorityReason;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The JSON shapes of the incident API, built for one reader: the person's name and the claimant's name appear only for
 * readers whose role in the incident needs them ({@link NeedToKnowPolicy}); the claimant's identity document too. An
 * incident imported from a CAD system names its CAD incident number in {@code importedFromCad}.
 */
@Component
public class IncidentJsonViews {

	private final IncidentDesk desk;
	private final IncidentParts parts;
	private final Reunification reunification;
	private final StaffMembers staff;
	private final CadImports cadImports;
	private final AmendmentDesk amendments;
	private final EscalationRounds rounds;
	private final Clock clock;
	private final IncidentAccess access;
	private final MessageSource messages;

	IncidentJsonViews(IncidentDesk desk, IncidentParts parts, Reunification reunification, StaffMembers staff,
			CadImports cadImports, AmendmentDesk amendments, EscalationRounds rounds, Clock clock,
			IncidentAccess access, MessageSource messages) {
		this.messages = messages;
		this.access = access;
		this.rounds = rounds;
		this.desk = desk;
		this.parts = parts;
		this.amendments = amendments;
		this.reunification = reunification;
		this.staff = staff;
		this.cadImports = cadImports;
		this.clock = clock;
	}

	/**
	 * Reads the incident for this reader and audits the read, saying whether the person's name was shown; a reader to
	 * whom the incident is closed is refused ({@link IncidentClosedRefused}).
	 */
	public IncidentRecord read(IncidentId id, Actor reader) {
		boolean named = access.require(id, reader, "read incident").named();
		Incident incident = named ? desk.readNamed(id) : desk.read(id);
		return record(incident, named);
	}

	private IncidentRecord record(Incident incident, boolean named) {
		PersonAtRisk person = incident.person();
		Instant now = clock.instant();
		return new IncidentRecord(incident.id(), incident.kind(), incident.status(), incident.protocolVersion(),
				incident.reportedAt(), incident.lastSeenAt(), incident.location(),
				new PersonRecord(named ? person.name() : null, !named && person.nameKnown(), person.age(),
						person.description(),
						person.condition(), person.riskFactors()),
				incident.priority().priority(),
				incident.priority().reasons().stream().map(PriorityReason::text).toList(),
				officer(incident.responsibleOfficer()),
				parts.steps(incident.id()).stream().map(step -> step(step, now)).toList(),
				escalations(incident.id()),
				parts.findings(incident.id()).stream().map(this::finding).toList(),
				parts.withdrawnFindings(incident.id()).stream().map(this::finding).toList(),
				amendments.of(incident.id()).stream().map(this::amendment).toList(),
				reunification.release(incident.id()).map(release -> release(release, named)).orElse(null),
				reunification.decisions(incident.id()), incident.resolvedAt(),
				cadImports.cadNumberOf(incident.id()).orElse(null));
	}

	List<IncidentSummary> summaries(List<Incident> incidents) {
		return incidents.stream().map(incident -> new IncidentSummary(incident.id(), incident.kind(), incident.status(),
				incident.priority().priority(), incident.person().age(), incident.location(), incident.reportedAt(),
				officer(incident.responsibleOfficer())))
			.toList();
	}

	private List<EscalationRecord> escalations(IncidentId id) {
		List<EscalationReach> reached = rounds.reached(id);
		List<EscalationAcknowledgement> acknowledged = rounds.acknowledgements(id);
		return parts.escalations(id).stream().map(e -> new EscalationRecord(e.stepCode(), e.level(), e.notified(),
				e.dueAt(), e.raisedAt(), e.lateness().toMillis(),
				reached.stream().filter(r -> r.stepCode().equals(e.stepCode()) && r.level() == e.level())
					.map(r -> new ReachedRecord(officer(r.officer()), r.rung(), r.round(), r.reachedAt())).toList(),
				acknowledged.stream().filter(a -> a.stepCode().equals(e.stepCode()) && a.level() == e.level())
					.map(a -> new AcknowledgementRecord(a.username(), staff.describeAccount(a.username()), a.at()))
					.toList()))
			.toList();
	}

	private FindingRecord finding(ProtocolFinding f) {
		return new FindingRecord(f.id().toString(), f.kind(), officer(f.officer()),
				f.measured() == null ? null : f.measured().toSeconds(),
				f.measured() == null ? null : Durations.clock(f.measured()), f.summary(), f.recordedAt());
	}

	public AmendmentRecord amendment(Amendment a) {
		return new AmendmentRecord(a.id().toString(), a.entry(), officer(a.recordedPerformer()),
				officer(a.performedBy()),
				a.reason(), a.approved() ? "APPROVED" : "PENDING", a.proposedBy(), a.proposedAt(), a.approvedBy(),
				a.approvedAt());
	}

	private StepRecord step(StepClock step, Instant now) {
		return new StepRecord(step.code(), step.title(), step.actingRole(), step.anchor(), step.deadline().toSeconds(),
				step.source(), step.anchorAt(), step.dueAt(), step.status(), step.doneAt(), step.doneBy(),
				officer(step.doneByOfficer()), step.lateness(now).toSeconds());
	}

	private ReleaseRecord release(VerifiedRelease release, boolean named) {
		ReleaseVerification v = release.verification();
		return new ReleaseRecord(named ? v.claimantName() : null, v.relationship(), named ? v.document().type() : null,
				named ? v.document().issuer() : null, named ? v.document().lastFour() : null, v.photoMatches(),
				v.recognition(), v.recognitionNote(), v.custodyClear(),
				v.authorisationSource(), officer(v.verifyingOfficer()), officer(v.confirmingOfficer()),
				release.releasedAt(),
				release.recordedBy());
	}

	private OfficerRef officer(org.leoprotocol.personnel.OfficerId id) {
		return id == null ? null : new OfficerRef(id.toString(), staff.badgeOf(id), staff.describe(id));
	}

	public record IncidentRecord(IncidentId id, IncidentKind kind, IncidentStatus status, int protocolVersion,
			Instant reportedAt,
			Instant lastSeenAt, String location, PersonRecord person, Priority priority, List<String> priorityReasons,
			OfficerRef responsibleOfficer, List<StepRecord> steps, List<EscalationRecord> escalations,
			List<FindingRecord> findings, List<FindingRecord> withdrawnFindings, List<AmendmentRecord> amendments,
			ReleaseRecord release, List<Decision> decisions, Instant resolvedAt,
			String importedFromCad) {
	}

	record IncidentSummary(IncidentId id, IncidentKind kind, IncidentStatus status, Priority priority, Integer age,
			String location, Instant reportedAt, OfficerRef responsibleOfficer) {
	}

	/** The person; {@code nameWithheld} tells a reader without the right that a name is on record. */
	record PersonRecord(String name, boolean nameWithheld, Integer age, String description, Condition condition,
			Set<RiskFactor> riskFactors) {
	}

	record OfficerRef(String id, String badgeNumber, String name) {
	}

	record StepRecord(String code, String title, Role actingRole, Anchor anchor, long deadlineSeconds, String source,
			Instant anchorAt, Instant dueAt, StepStatus status, Instant doneAt, String doneBy, OfficerRef doneByOfficer,
			long lateSeconds) {
	}

	/**
	 * A raised escalation, the people it reached round by round (0 when raised, then each pass up), and who
	 * acknowledged.
	 */
	record EscalationRecord(String stepCode, int level, Role notified, Instant dueAt, Instant raisedAt,
			long latenessMillis,
			List<ReachedRecord> reached, List<AcknowledgementRecord> acknowledgedBy) {
	}

	record ReachedRecord(OfficerRef officer, String rung, int round, Instant at) {
	}

	record AcknowledgementRecord(String username, String name, Instant at) {
	}

	/** A correction of who performed timeline entry {@code entry}: PENDING until a second person approves it. */
	public record AmendmentRecord(String id, long entry, OfficerRef recordedPerformer, OfficerRef performedBy,
			String reason,
			String status, String proposedBy, Instant proposedAt, String approvedBy, Instant approvedAt) {
	}

	record FindingRecord(String id, FindingKind kind, OfficerRef officer, Long measuredSeconds, String measured,
			String summary,
			Instant recordedAt) {
	}

	record ReleaseRecord(String claimantName, String relationship, String documentType, String documentIssuer,
			String documentLastFour, Boolean photoMatches, Recognition recognition, String recognitionNote,
			Boolean custodyClear,
			String authorisationSource, OfficerRef verifyingOfficer, OfficerRef confirmingOfficer, Instant releasedAt,
			String recordedBy) {
	}

	/**
	 * A timeline entry: {@code officer} performed it (as amended; {@code amendedFrom} is who was first recorded),
	 * {@code recordedBy} typed it in ({@code recordedByOfficer} when an officer); {@code entry} identifies it.
	 */
	/**
	 * One timeline entry as the API gives it. {@code provenance} says where it came from (LEO: typed in; CAD: imported
	 * from dispatch; FOOTAGE: read from body-camera footage in evidence), and {@code enteredByHand} marks the camera
	 * entries a person typed in, shown beside those read from the footage.
	 */
	record TimelineRecord(Long entry, Instant occurredAt, TimelineEventType type, TimelineEventType.Source source,
			OfficerRef officer, String deviceId, String stepCode, String detail, String recordedBy,
			OfficerRef recordedByOfficer,
			OfficerRef amendedFrom, Provenance provenance, boolean enteredByHand) {
	}

	TimelineRecord timeline(TimelineEntry entry) {
		return new TimelineRecord(entry.position(), entry.occurredAt(), entry.type(), entry.type().source(),
				officer(entry.officer()), entry.deviceId(), entry.stepCode(),
				TimelineSayings.english(entry.detail(), messages), entry.recordedBy(),
				officer(entry.recordedByOfficer()), officer(entry.amendedFrom()), entry.provenance(),
				entry.enteredByHand());
	}
}
