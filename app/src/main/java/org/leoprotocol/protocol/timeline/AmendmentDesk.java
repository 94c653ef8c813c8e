package org.leoprotocol.protocol.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.ProtocolFindingsRevised;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.finding.FindingRecorder;
import org.leoprotocol.protocol.incident.Acting;
import org.leoprotocol.protocol.incident.IncidentSteps;
import org.leoprotocol.protocol.incident.Incidents;
import org.leoprotocol.protocol.incident.StaffMembers;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects who performed an entry of an incident's record by amendment: proposed with a reason, approved by a second
 * staff member. Approval re-reads the amended record, withdraws the findings it no longer supports, adds those it does,
 * and publishes {@link ProtocolFindingsRevised}, all in one transaction.
 */
@Service
public class AmendmentDesk {

	private final Incidents incidents;
	private final IncidentSteps incidentSteps;
	private final Timelines timelines;
	private final Amendments amendments;
	private final FindingRecorder findings;
	private final StaffMembers staff;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Conflicts conflicts;

	AmendmentDesk(Incidents incidents, IncidentSteps incidentSteps, Timelines timelines, Amendments amendments,
			FindingRecorder findings,
			StaffMembers staff,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock, Conflicts conflicts) {
		this.conflicts = conflicts;
		this.incidents = incidents;
		this.incidentSteps = incidentSteps;
		this.timelines = timelines;
		this.amendments = amendments;
		this.findings = findings;
		this.staff = staff;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Amendment propose(IncidentId id, long entryPosition, OfficerId performer, String reason,
			Actor proposer) {
		Incident incident = lock(id);
		List<TimelineEntry> timeline = timelines.of(id);
		TimelineEntry entry = entry(timeline, entryPosition);
		Set<OfficerId> onIncident = PerformerPolicy.onIncident(incident, timeline);
		if (performer != null && !entry.type().dispatch() && !onIncident.contains(performer)) {
			throw new AttributionRefused("protocol-acts.performer.not-on-incident");
		}
		Amendment amendment = Amendment.propose(id, entry, performer, reason, proposer, clock.instant());
		amendments.insert(amendment);
		conflicts.noteForReview(proposer, RecordRef.of(RecordKind.INCIDENT, id.value()),
				Sentence.ofText("conflicts.act.amendment", entryPosition));
		audit.access(AuditAction.CREATE, Protocols.COMPONENT, RecordReference.of("Incident", id),
				Sentence.of("audit.detail.amendment.proposed", String.valueOf(entryPosition)));
		return amendment;
	}

	@Transactional
	public Amendment approve(IncidentId id, UUID amendmentId, Actor approver) {
		conflicts.requireNoStake(approver, RecordRef.of(RecordKind.INCIDENT, id.value()),
				"approve an amendment");
		Incident incident = lock(id);
		Instant now = clock.instant();
		Amendment approved = amendments.find(id, amendmentId)
			.orElseThrow(() -> new UnknownRecord("protocol.amendment.unknown", amendmentId, id))
			.approve(approver, now);
		amendments.approve(approved);
		TimelineEntry entry = entry(timelines.of(id), approved.entry());
		if (entry.type() == TimelineEventType.STEP_DONE) {
			incidentSteps.reattribute(id, entry.stepCode(), approved.performedBy());
		}
		timelines.append(id, TimelineEntry
			.of(now, TimelineEventType.RECORD_AMENDED, null, "Entry " + approved.entry() + " ("
					+ entry.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "): performed by "
					+ staff.describe(approved.performedBy())
					+ ", not " + staff.describe(approved.recordedPerformer()) + ". Reason: " + approved.reason()
					+ " (proposed by "
					+ approved.proposedBy() + ", approved by " + approved.approvedBy() + ")", approver.username(), now)
			.recordedAs(Acting.officer(approver)));
		FindingRecorder.Revised revised = findings.revise(incident, approved.id(), now);
		audit.access(AuditAction.UPDATE, Protocols.COMPONENT, RecordReference.of("Incident", id),
				Sentence.of("audit.detail.amendment.approved", String.valueOf(approved.entry()),
						String.valueOf(revised.withdrawn().size()), String.valueOf(revised.added().size())));
		events.publishEvent(new ProtocolFindingsRevised(id, approved.id(), revised.withdrawn(), revised.added(),
				approved.reason(), now));
		return approved;
	}

	public List<Amendment> of(IncidentId id) {
		return amendments.of(id);
	}

	private static TimelineEntry entry(List<TimelineEntry> timeline, long position) {
		return timeline.stream().filter(entry -> entry.position() != null && entry.position() == position).findFirst()
			.orElseThrow(() -> new UnknownRecord("protocol.timeline.entry.unknown", position));
	}

	private Incident lock(IncidentId id) {
		return incidents.findForUpdate(id).orElseThrow(() -> new UnknownRecord("protocol.incident.unknown", id));
	}
}
