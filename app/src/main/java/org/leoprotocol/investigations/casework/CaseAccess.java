package org.leoprotocol.investigations.casework;

import java.util.List;
import java.util.Optional;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.conflicts.Act;
import org.leoprotocol.conflicts.Conflict;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.InvestigationStatus;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.investigations.cases.InvestigationRecords;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.NotPermitted;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a case: staff read it unless they have a conflict of interest in it, and the review board reads it once
 * it is closed. Every read is audited; a refused one is audited as a refusal.
 */
@Component
public class CaseAccess {

	private final InvestigationRecords records;
	private final Investigators investigators;
	private final Conflicts conflicts;
	private final AuditTrail audit;

	CaseAccess(InvestigationRecords records, Investigators investigators, Conflicts conflicts, AuditTrail audit) {
		this.records = records;
		this.investigators = investigators;
		this.conflicts = conflicts;
		this.audit = audit;
	}

	/** A case for a staff member; refused (and audited) when the reader is an investigator with a conflict. */
	@Transactional
	public Investigation read(InvestigationId id, Actor reader) {
		return checkAccess(id, reader);
	}

	/** A closed case for the review board, which reviews cases only once they are closed; the read is audited. */
	@Transactional
	public Investigation readClosed(InvestigationId id, Actor reader) {
		Investigation investigation = checkAccess(id, reader);
		if (investigation.status() != InvestigationStatus.CLOSED) {
			throw new WrongState("investigations.refused.board.closedOnly", investigation.caseNumber(),
					Phrase.of("word.case.", investigation.status()));
		}
		return investigation;
	}

	/**
	 * The case, unless the staff member has a conflict of interest in it (a registered investigator's, or one the
	 * conflict policy finds: a party to the case or a declared relation to one): then the attempt is audited as a
	 * refusal and access is denied, whatever their role.
	 */
	public Investigation checkAccess(InvestigationId id, Actor staffMember) {
		Investigation investigation = find(id);
		investigators.find(staffMember.username())
			.map(candidate -> investigators.conflicts(candidate, investigation.accused()))
			.filter(found -> !found.isEmpty())
			.or(() -> Optional
				.of(conflicts.check(staffMember, Act.VIEW, RecordRef.of(RecordKind.CASE, id.value()))
					.stream()
					.map(Conflict::toString).toList()))
			.filter(found -> !found.isEmpty())
			.ifPresent(found -> refuse(investigation, found));
		return investigation;
	}

	/** The case, unless the staff member is a registered investigator with a conflict in it (refused and audited). */
	public Investigation checkInvestigatorAccess(InvestigationId id, Actor staffMember) {
		Investigation investigation = find(id);
		investigators.find(staffMember.username())
			.map(candidate -> investigators.conflicts(candidate, investigation.accused()))
			.filter(found -> !found.isEmpty())
			.ifPresent(found -> refuse(investigation, found));
		return investigation;
	}

	public Investigation find(InvestigationId id) {
		return records.find(id).orElseThrow(() -> new UnknownRecord("investigations.refused.unknown", id));
	}

	/** The case, locked for the change about to be made to it. */
	Investigation findForUpdate(InvestigationId id) {
		return records.findForUpdate(id)
			.orElseThrow(() -> new UnknownRecord("investigations.refused.unknown", id));
	}

	private void refuse(Investigation investigation, List<String> found) {
		audit.refusal(AuditAction.READ, Investigations.COMPONENT, Investigations.reference(investigation),
				Sentence.ofText("audit.detail.refused.conflicts", String.join("; ", found)));
		throw new NotPermitted("investigations.refused.conflict", investigation.caseNumber());
	}
}
