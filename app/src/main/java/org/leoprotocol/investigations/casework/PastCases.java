package org.leoprotocol.investigations.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.Stage;
import org.leoprotocol.investigations.Allegation;
import org.leoprotocol.investigations.AllegationId;
import org.leoprotocol.investigations.FindingRecord;
import org.leoprotocol.investigations.FindingRecorded;
import org.leoprotocol.investigations.FindingStage;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationOpened;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.PastCase;
import org.leoprotocol.investigations.cases.CaseAssignments;
import org.leoprotocol.investigations.cases.InvestigationRecords;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases worked before Leo (an agency's earlier years, the demo department's past), recorded with their own dates so
 * that every statistic and the early-warning records count them in their own year; never for a case worked today.
 */
@Component
public class PastCases {

	private final CaseOpening opening;
	private final InvestigationRecords records;
	private final CaseAssignments assignments;
	private final ComplaintIntake complaints;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PastCases(CaseOpening opening, InvestigationRecords records, CaseAssignments assignments,
			ComplaintIntake complaints, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.opening = opening;
		this.records = records;
		this.assignments = assignments;
		this.complaints = complaints;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores a case that was opened, investigated, reviewed and closed at the dates given, with the findings the
	 * investigator recommended (a day before the case went to review) and command confirmed (at the closure), moves its
	 * complaint through the same public stages at those dates, and publishes {@link InvestigationOpened}, the final
	 * {@link FindingRecorded}s and {@link org.leoprotocol.investigations.InvestigationClosed} with their past dates.
	 * Nobody is notified: the work was done long ago.
	 */
	@Transactional
	public Investigation recordClosedCase(PastCase past) {
		if (past.closedAt().isAfter(clock.instant())) {
			throw new InvalidInput("investigations.refused.past.future");
		}
		Instant reviewed = past.closedAt().minus(Duration.ofDays(1)).isAfter(past.openedAt())
				? past.closedAt().minus(Duration.ofDays(1)) : past.openedAt();
		Investigation investigation = opening.newCase(past.type(), past.complaint(), past.summary(),
				past.allegations(), past.decidedBy(), past.openedAt());
		records.insert(investigation);
		investigation = investigation.assign(past.investigator());
		assignments.record(investigation.id().value(), past.investigator(), past.openedAt());
		Investigation closed = decided(investigation, past, reviewed).close(past.closedAt());
		records.update(closed);
		audit.access(AuditAction.CREATE, Investigations.COMPONENT, Investigations.reference(closed),
				Sentence.of("audit.detail.investigation.past-case", closed.caseNumber()));
		if (closed.complaintId() != null) {
			movePastComplaint(closed.complaintId(), closed, past, reviewed);
		}
		publishPast(closed, past);
		return closed;
	}

	/** The case with its recommended findings, sent to review, and with command's final findings. */
	private Investigation decided(Investigation investigation, PastCase past, Instant reviewed) {
		List<FindingRecord> finals = new ArrayList<>();
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
		return investigation;
	}

	private void movePastComplaint(ComplaintId complaint, Investigation closed, PastCase past, Instant reviewed) {
		complaints.recordPastMove(complaint, Stage.UNDER_INVESTIGATION, ComplaintNotes.opened(closed.caseNumber()),
				closed.caseNumber(), past.openedAt());
		complaints.recordPastMove(complaint, Stage.FINDINGS_IN_REVIEW, ComplaintNotes.inReview(closed.caseNumber()),
				null, reviewed);
		complaints.recordPastMove(complaint, Stage.CLOSED, ComplaintNotes.closed(closed), null, past.closedAt());
	}

	private void publishPast(Investigation closed, PastCase past) {
		events.publishEvent(new InvestigationOpened(closed.id(), closed.caseNumber(), closed.caseType(),
				closed.accused(), closed.openedAt(), closed.dueAt(), closed.complaintId()));
		for (Allegation allegation : closed.allegations()) {
			events.publishEvent(new FindingRecorded(closed.id(), closed.caseNumber(), allegation.id(),
					allegation.officerId(), allegation.category(), FindingStage.FINAL,
					allegation.finalFinding().finding(), past.closedAt()));
		}
		events.publishEvent(CaseClosing.closedEvent(closed));
	}
}
