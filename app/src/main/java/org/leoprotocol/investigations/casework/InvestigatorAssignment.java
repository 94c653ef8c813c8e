package org.leoprotocol.investigations.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigator;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.investigations.cases.CaseAssignments;
import org.leoprotocol.investigations.cases.InvestigationRecords;
import org.leoprotocol.investigations.deadline.AssignmentNotices;
import org.leoprotocol.shared.WrongState;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a case to a registered, available investigator free of conflicts of interest with its accused officers; the
 * assignment is kept even after the case is reassigned, and the investigator and their supervisor are told.
 */
@Component
public class InvestigatorAssignment {

	private final CaseAccess access;
	private final InvestigationRecords records;
	private final Investigators investigators;
	private final CaseAssignments assignments;
	private final AssignmentNotices assignmentNotices;
	private final AuditTrail audit;
	private final Clock clock;

	InvestigatorAssignment(CaseAccess access, InvestigationRecords records, Investigators investigators,
			CaseAssignments assignments, AssignmentNotices assignmentNotices, AuditTrail audit, Clock clock) {
		this.access = access;
		this.records = records;
		this.investigators = investigators;
		this.assignments = assignments;
		this.assignmentNotices = assignmentNotices;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Assigns the case to a registered investigator, unless a conflict-of-interest rule refuses; the refusal is audited
	 * with its reasons and the case stays as it was. The investigator and their supervisor are told in the same
	 * transaction ({@link AssignmentNotices}).
	 */
	@Transactional
	public Investigation assign(InvestigationId id, String username) {
		Investigation investigation = access.findForUpdate(id);
		Investigator candidate = investigators.get(username);
		investigators.requireAvailable(candidate);
		List<String> conflicts = investigators.conflicts(candidate, investigation.accused());
		if (!conflicts.isEmpty()) {
			audit.refusal(AuditAction.UPDATE, Investigations.COMPONENT, Investigations.reference(investigation),
					Sentence.ofText("audit.detail.refused.assignment", username, String.join("; ", conflicts)));
			throw new WrongState("investigations.refused.assign.conflict", username, investigation.caseNumber(),
					String.join("; ", conflicts));
		}
		Investigation assigned = investigation.assign(username);
		records.update(assigned);
		Instant now = clock.instant();
		assignments.record(id.value(), username, now);
		assignmentNotices.assigned(assigned, candidate, now);
		return assigned;
	}
}
