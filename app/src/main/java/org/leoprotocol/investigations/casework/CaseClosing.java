package org.leoprotocol.investigations.casework;

import java.time.Clock;

import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.Stage;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationClosed;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.cases.InvestigationRecords;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a case: it goes to review once every allegation has a recommended finding and closes once every one has a
 * final finding; the complaint it came from follows on its public status page.
 */
@Component
public class CaseClosing {

	private final CaseAccess access;
	private final InvestigationRecords records;
	private final ComplaintIntake complaints;
	private final Conflicts conflicts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseClosing(CaseAccess access, InvestigationRecords records, ComplaintIntake complaints, Conflicts conflicts,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.records = records;
		this.complaints = complaints;
		this.conflicts = conflicts;
		this.events = events;
		this.clock = clock;
	}

	/** Sends the case to review once every allegation has a recommended finding. */
	@Transactional
	public Investigation submitForReview(InvestigationId id) {
		Investigation inReview = access.findForUpdate(id).submitForReview();
		records.update(inReview);
		if (inReview.complaintId() != null) {
			complaints.moveTo(inReview.complaintId(), Stage.FINDINGS_IN_REVIEW,
					ComplaintNotes.inReview(inReview.caseNumber()), null);
		}
		return inReview;
	}

	/**
	 * Closes the case; refused while any allegation lacks a final finding, and to a member of command with a conflict
	 * of interest in it, who is recused.
	 */
	@Transactional
	public Investigation close(InvestigationId id, Actor closedBy) {
		Investigation open = access.findForUpdate(id);
		conflicts.requireToDecide(closedBy, Role.COMMAND, RecordRef.of(RecordKind.CASE, id.value()));
		Investigation closed = open.close(clock.instant());
		records.update(closed);
		if (closed.complaintId() != null) {
			complaints.moveTo(closed.complaintId(), Stage.CLOSED, ComplaintNotes.closed(closed), null);
		}
		events.publishEvent(closedEvent(closed));
		return closed;
	}

	/** The event of a closed case, with the final finding of each of its allegations. */
	static InvestigationClosed closedEvent(Investigation closed) {
		return new InvestigationClosed(closed.id(), closed.caseNumber(), closed.closedAt(),
				closed.allegations().stream()
					.map(a -> new InvestigationClosed.Outcome(a.officerId(), a.category(), a.finalFinding().finding()))
					.toList());
	}
}
