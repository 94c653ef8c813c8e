package org.leoprotocol.investigations.casework;

import java.time.Clock;
import java.util.List;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.investigations.CaseEntry;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.InvestigationStatus;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.cases.CaseEntries;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's file: the statements taken and the references to evidence, protocol findings and earlier cases, growing
 * while the case is open and fixed once it closes.
 */
@Component
public class CaseFile {

	private final CaseAccess access;
	private final CaseEntries entries;
	private final AuditTrail audit;
	private final Clock clock;

	CaseFile(CaseAccess access, CaseEntries entries, AuditTrail audit, Clock clock) {
		this.access = access;
		this.entries = entries;
		this.audit = audit;
		this.clock = clock;
	}

	/** Adds a statement or a reference to evidence, a protocol finding or an earlier case. */
	@Transactional
	public CaseEntry addEntry(InvestigationId id, CaseEntry.Kind kind, String reference, String personRole,
			String personName, String content, String recordedBy) {
		Investigation investigation = access.findForUpdate(id);
		if (investigation.status() == InvestigationStatus.CLOSED) {
			throw new IllegalStateException("Case " + investigation.caseNumber() + " is closed; its file cannot grow");
		}
		CaseEntry entry = CaseEntry.checked(kind, reference, personRole, personName, content, recordedBy,
				clock.instant());
		entries.insert(id, entry);
		audit.access(AuditAction.UPDATE, Investigations.COMPONENT, Investigations.reference(investigation),
				"added " + kind);
		return entry;
	}

	/** The case's statements and references, in the order they were recorded. */
	public List<CaseEntry> entries(InvestigationId id) {
		return entries.of(id);
	}
}
