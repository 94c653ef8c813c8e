package org.leoprotocol.investigations;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.Stage;
import org.leoprotocol.complaints.StageNote;
import org.leoprotocol.shared.Role;
import org.leoprotocol.conflicts.Act;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.conflicts.Conflict;
import org.leoprotocol.investigations.cases.CaseAssignments;
import org.leoprotocol.investigations.cases.CaseEntries;
import org.leoprotocol.investigations.cases.InvestigationRecords;
import org.leoprotocol.investigations.deadline.AssignmentNotices;
import org.leoprotocol.investigations.deadline.StatutoryClock;
import org.leoprotocol.investigations.publication.PublicCase;
import org.leoprotocol.investigations.separation.SeparationRefused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internal affairs' case desk: opens cases (from complaints or internally), assigns investigators free of conflicts,
 * keeps statements and references, records findings and closes cases, and tells the complaint's public status page how
 * far the case has come. Every read and change is audited; a refused assignment or read is audited as a refusal.
 */
@Service
public class Investigations {

	/** The component this module's entries in the audit trail name. */
	public static final String COMPONENT = "investigations";

	private final InvestigationRecords records;
	private final CaseEntries entries;
	private final Investigators investigators;
	private final ComplaintIntake complaints;
	private final StatutoryClock statutoryClock;
	private final CaseAssignments assignments;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Conflicts conflicts;
	private final AssignmentNotices assignmentNotices;

	Investigations(InvestigationRecords records, CaseEntries entries, Investigators investigators,
			ComplaintIntake complaints,
			StatutoryClock statutoryClock, CaseAssignments assignments, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock,
			Conflicts conflicts, AssignmentNotices assignmentNotices) {
		this.conflicts = conflicts;
		this.assignmentNotices = assignmentNotices;
		this.assignments = assignments;
		this.records = records;
		this.entries = entries;
		this.investigators = investigators;
		this.complaints = complaints;
		this.statutoryClock = statutoryClock;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Opens a case with its allegations; a complaint's status page then shows it under investigation. */
	@Transactional
	public Investigation open(CaseType type, ComplaintId complaint, String summary, List<NewAllegation> allegations,
			String openedBy) {
		if (type == null || summary == null || summary.isBlank() || summary.length() > 2000) {
			throw new IllegalArgumentException("A case needs a type and a summary of at most 2000 characters");
		}
		if (allegations == null || allegations.isEmpty()) {
			throw new IllegalArgumentException("A case needs at least one allegation: an officer and a category");
		}
		if (complaint != null) {
			conflicts.requireNoStake(openedBy, RecordRef.of(RecordKind.COMPLAINT, complaint.value()),
					"open a case from this complaint");
			records.findByComplaint(complaint).ifPresent(existing -> {
				throw new IllegalStateException("The complaint is already handled by case " + existing.caseNumber());
			});
		}
		Instant now = clock.instant();
		Investigation investigation = new Investigation(InvestigationId.random(),
				records.nextCaseNumber(now.atOffset(ZoneOffset.UTC).getYear()),
				type, complaint, InvestigationStatus.OPEN, summary.strip(), openedBy, now,
				statutoryClock.dueAt(type, now), null, null,
				allegations.stream().map(a -> new Allegation(AllegationId.random(), a.officerId(), a.category(),
						a.description(), null, null))
					.toList());
		records.insert(investigation);
		audit.access(AuditAction.CREATE, COMPONENT, reference(investigation), "opened " + investigation.caseNumber());
		if (complaint != null) {
			complaints.moveTo(complaint, Stage.UNDER_INVESTIGATION,
					StageNote.explained("complaints.note.opened", investigation.caseNumber(),
							"An investigation has been opened: case " + investigation.caseNumber()
									+ ", whose public record shows its progress."),
					investigation.caseNumber());
		}
		events.publishEvent(new InvestigationOpened(investigation.id(), investigation.caseNumber(), type,
				investigation.accused(), now,
				investigation.dueAt(), complaint));
		return investigation;
	}

	/** A case for a staff member; refused (and audited) when the reader is an investigator with a conflict. */
	@Transactional
	public Investigation read(InvestigationId id, String reader) {
		Investigation investigation = checkAccess(id, reader);
		audit.access(AuditAction.READ, COMPONENT, reference(investigation), null);
		return investigation;
	}

	/** A closed case for the review board, which reviews cases only once they are closed; the read is audited. */
	@Transactional
	public Investigation readClosed(InvestigationId id, String reader) {
		Investigation investigation = checkAccess(id, reader);
		if (investigation.status() != InvestigationStatus.CLOSED) {
			throw new IllegalStateException(
					"Case " + investigation.caseNumber() + " is " + investigation.status().label().toLowerCase()
							+ "; the board reviews closed cases only");
		}
		audit.access(AuditAction.READ, COMPONENT, reference(investigation), "board review");
		return investigation;
	}

	/**
	 * The case, unless the staff member has a conflict of interest in it (a registered investigator's, or one the
	 * conflict policy finds: a party to the case or a declared relation to one): then the attempt is audited as a
	 * refusal and access is denied, whatever their role.
	 */
	public Investigation checkAccess(InvestigationId id, String staffMember) {
		Investigation investigation = find(id);
		investigators.find(staffMember).map(candidate -> investigators.conflicts(candidate, investigation.accused()))
			.filter(found -> !found.isEmpty())
			.or(() -> Optional
				.of(conflicts.check(staffMember, Act.VIEW, RecordRef.of(RecordKind.CASE, id.value())).stream()
					.map(Conflict::english).toList()))
			.filter(conflicts -> !conflicts.isEmpty())
			.ifPresent(conflicts -> {
				audit.refusal(AuditAction.READ, COMPONENT, reference(investigation), String.join("; ", conflicts));
				throw new AccessDeniedException(
						"You have a conflict of interest in case " + investigation.caseNumber());
			});
		return investigation;
	}

	/** The case, unless the staff member is a registered investigator with a conflict in it (refused and audited). */
	public Investigation checkInvestigatorAccess(InvestigationId id, String staffMember) {
		Investigation investigation = find(id);
		investigators.find(staffMember).map(candidate -> investigators.conflicts(candidate, investigation.accused()))
			.filter(conflicts -> !conflicts.isEmpty())
			.ifPresent(conflicts -> {
				audit.refusal(AuditAction.READ, COMPONENT, reference(investigation), String.join("; ", conflicts));
				throw new AccessDeniedException(
						"You have a conflict of interest in case " + investigation.caseNumber());
			});
		return investigation;
	}

	/**
	 * Assigns the case to a registered investigator, unless a conflict-of-interest rule refuses; the refusal is audited
	 * with its reasons and the case stays as it was. The investigator and their supervisor are told in the same
	 * transaction ({@link AssignmentNotices}).
	 */
	@Transactional
	public Investigation assign(InvestigationId id, String username) {
		Investigation investigation = findForUpdate(id);
		Investigator candidate = investigators.get(username);
		investigators.requireAvailable(candidate);
		List<String> conflicts = investigators.conflicts(candidate, investigation.accused());
		if (!conflicts.isEmpty()) {
			audit.refusal(AuditAction.UPDATE, COMPONENT, reference(investigation),
					"assignment of " + username + " refused: " + String.join("; ", conflicts));
			throw new IllegalStateException(username + " cannot be assigned case " + investigation.caseNumber() + ": "
					+ String.join("; ", conflicts));
		}
		Investigation assigned = investigation.assign(username);
		records.update(assigned);
		Instant now = clock.instant();
		assignments.record(id.value(), username, now);
		audit.access(AuditAction.UPDATE, COMPONENT, reference(assigned), "assigned to " + username);
		assignmentNotices.assigned(assigned, candidate, now);
		return assigned;
	}

	/** Adds a statement or a reference to evidence, a protocol finding or an earlier case. */
	@Transactional
	public CaseEntry addEntry(InvestigationId id, CaseEntry.Kind kind, String reference, String personRole,
			String personName,
			String content, String recordedBy) {
		Investigation investigation = findForUpdate(id);
		if (investigation.status() == InvestigationStatus.CLOSED) {
			throw new IllegalStateException("Case " + investigation.caseNumber() + " is closed; its file cannot grow");
		}
		CaseEntry entry = CaseEntry.checked(kind, reference, personRole, personName, content, recordedBy,
				clock.instant());
		entries.insert(id, entry);
		audit.access(AuditAction.UPDATE, COMPONENT, reference(investigation), "added " + kind);
		return entry;
	}

	public List<CaseEntry> entries(InvestigationId id) {
		return entries.of(id);
	}

	/** Records a recommended (while investigating) or final (in review) finding for one allegation. */
	@Transactional
	public Investigation recordFinding(InvestigationId id, AllegationId allegationId, FindingStage stage,
			Finding finding,
			String agencyCode, String reason, String recordedBy) {
		if (finding == null) {
			throw new FindingNotChosenRefused();
		}
		if (stage == null) {
			throw new IllegalArgumentException("A finding needs its stage (RECOMMENDED or FINAL) and the finding");
		}
		if ((agencyCode != null && agencyCode.length() > 50) || (reason != null && reason.length() > 4000)) {
			throw new IllegalArgumentException("The agency code may have at most 50 characters, the reason 4000");
		}
		Investigation investigation = findForUpdate(id);
		if (stage == FindingStage.FINAL && recommendedBy(id, allegationId, recordedBy)) {
			audit.refusal(AuditAction.UPDATE, COMPONENT, reference(investigation),
					"final finding by " + recordedBy + ", who recommended it");
			throw SeparationRefused.ownRecommendation(investigation.caseNumber(), recordedBy);
		}
		if (stage == FindingStage.FINAL) {
			conflicts.requireToDecide(recordedBy, Role.COMMAND,
					RecordRef.inCase(RecordKind.FINDING, allegationId.value(), id.value()));
		}
		FindingRecord record = new FindingRecord(allegationId, stage, finding, blankToNull(agencyCode),
				blankToNull(reason),
				recordedBy, clock.instant());
		Investigation changed = investigation.record(record);
		records.appendFinding(record);
		Allegation allegation = changed.allegation(allegationId);
		audit.access(AuditAction.UPDATE, COMPONENT, reference(changed),
				stage + " finding " + finding + " for allegation " + allegationId);
		events.publishEvent(new FindingRecorded(id, changed.caseNumber(), allegationId, allegation.officerId(),
				allegation.category(),
				stage, finding, record.recordedAt()));
		return changed;
	}

	/** Sends the case to review once every allegation has a recommended finding. */
	@Transactional
	public Investigation submitForReview(InvestigationId id) {
		Investigation inReview = findForUpdate(id).submitForReview();
		records.update(inReview);
		audit.access(AuditAction.UPDATE, COMPONENT, reference(inReview), "submitted for review");
		if (inReview.complaintId() != null) {
			complaints
				.moveTo(inReview.complaintId(), Stage.FINDINGS_IN_REVIEW,
						StageNote.explained("complaints.note.inReview",
								inReview.caseNumber(), "The investigation is complete; its findings are in review."),
						null);
		}
		return inReview;
	}

	/**
	 * Closes the case; refused while any allegation lacks a final finding, and to a member of command with a conflict
	 * of interest in it, who is recused.
	 */
	@Transactional
	public Investigation close(InvestigationId id, String closedBy) {
		Investigation open = findForUpdate(id);
		conflicts.requireToDecide(closedBy, Role.COMMAND, RecordRef.of(RecordKind.CASE, id.value()));
		Investigation closed = open.close(clock.instant());
		records.update(closed);
		audit.access(AuditAction.UPDATE, COMPONENT, reference(closed), "closed by " + closedBy);
		if (closed.complaintId() != null) {
			complaints.moveTo(closed.complaintId(), Stage.CLOSED,
					StageNote.explained("complaints.note.closed", closed.caseNumber(),
							PublicCase.closingNote(closed)),
					null);
		}
		events.publishEvent(new InvestigationClosed(id, closed.caseNumber(), closed.closedAt(),
				closed.allegations().stream()
					.map(a -> new InvestigationClosed.Outcome(a.officerId(), a.category(), a.finalFinding().finding()))
					.toList()));
		return closed;
	}

	/**
	 * For recording history only (an agency's earlier years, the demo department's past), never for a case worked
	 * today: stores a case that was opened, investigated, reviewed and closed at the dates given, with the findings the
	 * investigator recommended (a day before the case went to review) and command confirmed (at the closure), moves its
	 * complaint through the same public stages at those dates, and publishes {@link InvestigationOpened}, the final
	 * {@link FindingRecorded}s and {@link InvestigationClosed} with their past dates, so that every statistic and the
	 * early-warning records count it in its own year as they count a case closed today. Nobody is notified: the work
	 * was done long ago.
	 */
	@Transactional
	public Investigation recordClosedCase(PastCase past) {
		if (past.closedAt().isAfter(clock.instant())) {
			throw new IllegalArgumentException("A past case closes before now");
		}
		Instant reviewed = past.closedAt().minus(java.time.Duration.ofDays(1)).isAfter(past.openedAt())
				? past.closedAt().minus(java.time.Duration.ofDays(1))
				: past.openedAt();
		Investigation investigation = new Investigation(InvestigationId.random(),
				records.nextCaseNumber(past.openedAt().atOffset(ZoneOffset.UTC).getYear()), past.type(),
				past.complaint(), InvestigationStatus.OPEN, past.summary().strip(), past.decidedBy(), past.openedAt(),
				statutoryClock.dueAt(past.type(), past.openedAt()), null, null,
				past.allegations().stream().map(a -> new Allegation(AllegationId.random(), a.officerId(),
						a.category(), a.description(), null, null))
					.toList());
		records.insert(investigation);
		investigation = investigation.assign(past.investigator());
		assignments.record(investigation.id().value(), past.investigator(), past.openedAt());
		List<FindingRecord> finals = new java.util.ArrayList<>();
		for (int i = 0; i < investigation.allegations().size(); i++) {
			AllegationId allegation = investigation.allegations().get(i).id();
			FindingRecord recommended = new FindingRecord(allegation, FindingStage.RECOMMENDED,
					past.findings().get(i), null, past.reason(), past.investigator(), reviewed);
			investigation = investigation.record(recommended);
			records.appendFinding(recommended);
			finals.add(new FindingRecord(allegation, FindingStage.FINAL, past.findings().get(i), null, past.reason(),
					past.decidedBy(), past.closedAt()));
		}
		investigation = investigation.submitForReview();
		for (FindingRecord decided : finals) {
			investigation = investigation.record(decided);
			records.appendFinding(decided);
		}
		Investigation closed = investigation.close(past.closedAt());
		records.update(closed);
		audit.access(AuditAction.CREATE, COMPONENT, reference(closed), "recorded past case " + closed.caseNumber());
		if (closed.complaintId() != null) {
			complaints.recordPastMove(closed.complaintId(), Stage.UNDER_INVESTIGATION,
					StageNote.explained("complaints.note.opened", closed.caseNumber(),
							"An investigation has been opened: case " + closed.caseNumber()
									+ ", whose public record shows its progress."),
					closed.caseNumber(), past.openedAt());
			complaints.recordPastMove(closed.complaintId(), Stage.FINDINGS_IN_REVIEW,
					StageNote.explained("complaints.note.inReview", closed.caseNumber(),
							"The investigation is complete; its findings are in review."),
					null, reviewed);
			complaints.recordPastMove(closed.complaintId(), Stage.CLOSED,
					StageNote.explained("complaints.note.closed", closed.caseNumber(),
							PublicCase.closingNote(closed)),
					null, past.closedAt());
		}
		events.publishEvent(new InvestigationOpened(closed.id(), closed.caseNumber(), closed.caseType(),
				closed.accused(), closed.openedAt(), closed.dueAt(), closed.complaintId()));
		for (Allegation allegation : closed.allegations()) {
			events.publishEvent(new FindingRecorded(closed.id(), closed.caseNumber(), allegation.id(),
					allegation.officerId(), allegation.category(), FindingStage.FINAL,
					allegation.finalFinding().finding(), past.closedAt()));
		}
		events.publishEvent(new InvestigationClosed(closed.id(), closed.caseNumber(), closed.closedAt(),
				closed.allegations().stream()
					.map(a -> new InvestigationClosed.Outcome(a.officerId(), a.category(), a.finalFinding().finding()))
					.toList()));
		return closed;
	}

	public List<FindingRecord> findingHistory(InvestigationId id) {
		return records.findingHistory(id);
	}

	/** Whether this person recorded a recommended finding of the allegation (separation of duties). */
	private boolean recommendedBy(InvestigationId id, AllegationId allegationId, String username) {
		return records.findingHistory(id).stream().anyMatch(f -> f.allegationId().equals(allegationId)
				&& f.stage() == FindingStage.RECOMMENDED && f.recordedBy().equals(username));
	}

	public Investigation find(InvestigationId id) {
		return records.find(id).orElseThrow(() -> new NoSuchElementException("No investigation with id " + id));
	}

	private Investigation findForUpdate(InvestigationId id) {
		return records.findForUpdate(id)
			.orElseThrow(() -> new NoSuchElementException("No investigation with id " + id));
	}

	public static RecordReference reference(Investigation investigation) {
		return RecordReference.of("Investigation", investigation.id());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
