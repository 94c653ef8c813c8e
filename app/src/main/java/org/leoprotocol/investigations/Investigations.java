package org.leoprotocol.investigations;

import java.util.List;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditExempt;
import org.leoprotocol.audit.Audited;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.investigations.casework.CaseAccess;
import org.leoprotocol.investigations.casework.CaseClosing;
import org.leoprotocol.investigations.casework.CaseFile;
import org.leoprotocol.investigations.casework.CaseFindings;
import org.leoprotocol.investigations.casework.CaseOpening;
import org.leoprotocol.investigations.casework.InvestigatorAssignment;
import org.leoprotocol.investigations.casework.PastCases;
import org.leoprotocol.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internal affairs' case desk: opens cases (from complaints or internally), assigns investigators free of conflicts,
 * keeps statements and references, records findings and closes cases, and tells the complaint's public status page how
 * far the case has come. Every read and change is audited; a refused assignment or read is audited as a refusal. Each
 * step is its own use case in {@link org.leoprotocol.investigations.casework}; this is the entry other modules call.
 */
@Service
public class Investigations {

	/** The component this module's entries in the audit trail name. */
	public static final String COMPONENT = "investigations";

	/** The record type this module's entries in the audit trail name. */
	static final String RECORD = "Investigation";

	private final CaseOpening opening;
	private final CaseAccess access;
	private final InvestigatorAssignment assignment;
	private final CaseFile caseFile;
	private final CaseFindings findings;
	private final CaseClosing closing;
	private final PastCases pastCases;

	Investigations(CaseOpening opening, CaseAccess access, InvestigatorAssignment assignment, CaseFile caseFile,
			CaseFindings findings, CaseClosing closing, PastCases pastCases) {
		this.opening = opening;
		this.access = access;
		this.assignment = assignment;
		this.caseFile = caseFile;
		this.findings = findings;
		this.closing = closing;
		this.pastCases = pastCases;
	}

	/** Opens a case with its allegations; a complaint's status page then shows it under investigation. */
	@Audited(value = AuditAction.CREATE, record = RECORD, detail = "audit.detail.investigation.opened",
			recordFromResult = true)
	public Investigation open(CaseType type, ComplaintId complaint, String summary, List<NewAllegation> allegations,
			Actor openedBy) {
		return opening.open(type, complaint, summary, allegations, openedBy);
	}

	/** A case for a staff member; refused (and audited) when the reader is an investigator with a conflict. */
	@Audited(value = AuditAction.READ, record = RECORD, detail = "audit.detail.investigation.read")
	public Investigation read(InvestigationId id, Actor reader) {
		return access.read(id, reader);
	}

	/** A closed case for the review board, which reviews cases only once they are closed; the read is audited. */
	@Audited(value = AuditAction.READ, record = RECORD, detail = "audit.detail.investigation.board-review")
	public Investigation readClosed(InvestigationId id, Actor reader) {
		return access.readClosed(id, reader);
	}

	/**
	 * The case, unless the staff member has a conflict of interest in it (a registered investigator's, or one the
	 * conflict policy finds: a party to the case or a declared relation to one): then the attempt is audited as a
	 * refusal and access is denied, whatever their role.
	 */
	@AuditExempt("a need-to-know decision; its refusal is audited where it is decided")
	public Investigation checkAccess(InvestigationId id, Actor staffMember) {
		return access.checkAccess(id, staffMember);
	}

	/** The case, unless the staff member is a registered investigator with a conflict in it (refused and audited). */
	@AuditExempt("a need-to-know decision; its refusal is audited where it is decided")
	public Investigation checkInvestigatorAccess(InvestigationId id, Actor staffMember) {
		return access.checkInvestigatorAccess(id, staffMember);
	}

	/**
	 * Assigns the case to a registered investigator, unless a conflict-of-interest rule refuses; the refusal is audited
	 * with its reasons and the case stays as it was. The investigator and their supervisor are told.
	 */
	@Transactional
	@Audited(value = AuditAction.UPDATE, record = RECORD, detail = "audit.detail.investigation.investigator-assigned")
	public Investigation assign(InvestigationId id, String username) {
		return assignment.assign(id, username);
	}

	/** Adds a statement or a reference to evidence, a protocol finding or an earlier case. */
	@Transactional
	@Audited(value = AuditAction.UPDATE, record = RECORD, detail = "audit.detail.investigation.entry-added")
	public CaseEntry addEntry(InvestigationId id, CaseEntry.Kind kind, String reference, String personRole,
			String personName, String content, Actor recordedBy) {
		return caseFile.addEntry(id, kind, reference, personRole, personName, content, recordedBy);
	}

	/** The case's statements and references, in the order they were recorded. */
	@AuditExempt("part of the case file shown with the case, whose read or change is audited")
	public List<CaseEntry> entries(InvestigationId id) {
		return caseFile.entries(id);
	}

	/** Records a recommended (while investigating) or final (in review) finding for one allegation. */
	@Transactional
	@Audited(value = AuditAction.UPDATE, record = RECORD, detail = "audit.detail.investigation.finding-recorded")
	public Investigation recordFinding(InvestigationId id, AllegationId allegationId, FindingStage stage,
			Finding finding, String agencyCode, String reason, Actor recordedBy) {
		return findings.recordFinding(id, allegationId, stage, finding, agencyCode, reason, recordedBy);
	}

	/** Sends the case to review once every allegation has a recommended finding. */
	@Transactional
	@Audited(value = AuditAction.UPDATE, record = RECORD, detail = "audit.detail.investigation.submitted")
	public Investigation submitForReview(InvestigationId id) {
		return closing.submitForReview(id);
	}

	/**
	 * Closes the case; refused while any allegation lacks a final finding, and to a member of command with a conflict
	 * of interest in it, who is recused.
	 */
	@Transactional
	@Audited(value = AuditAction.UPDATE, record = RECORD, detail = "audit.detail.investigation.closed")
	public Investigation close(InvestigationId id, Actor closedBy) {
		return closing.close(id, closedBy);
	}

	/**
	 * For recording history only (an agency's earlier years, the demo department's past), never for a case worked
	 * today: stores a case that was opened, investigated, reviewed and closed at the dates given, so that every
	 * statistic and the early-warning records count it in its own year as they count a case closed today.
	 */
	public Investigation recordClosedCase(PastCase past) {
		return pastCases.recordClosedCase(past);
	}

	/** Every finding recorded in the case, recommended and final, in the order they were recorded. */
	@AuditExempt("part of the case file shown with the case, whose read or change is audited")
	public List<FindingRecord> findingHistory(InvestigationId id) {
		return findings.findingHistory(id);
	}

	/** The case as it is stored, for the steps of this module that audit what they do with it. */
	@AuditExempt("a lookup for the steps that keep a case's hearings, texts and actions, each audited where taken")
	public Investigation find(InvestigationId id) {
		return access.find(id);
	}

	public static RecordReference reference(Investigation investigation) {
		return RecordReference.of(RECORD, investigation.id());
	}
}
