package org.leoprotocol.investigations.casework;

import java.time.Clock;
import java.util.List;

import org.leoprotocol.investigations.CaseEntry;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.InvestigationStatus;
import org.leoprotocol.investigations.cases.CaseEntries;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.WrongState;

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
	private final Clock clock;

	CaseFile(CaseAccess access, CaseEntries entries, Clock clock) {
		this.access = access;
		this.entries = entries;
		this.clock = clock;
	}

	/** Adds a statement or a reference to evidence, a protocol finding or an earlier case. */
	@Transactional
	public CaseEntry addEntry(InvestigationId id, CaseEntry.Kind kind, String reference, String personRole,
			String personName, String content, Actor recordedBy) {
		Investigation investigation = access.findForUpdate(id);
		if (investigation.status() == InvestigationStatus.CLOSED) {
			throw new WrongState("investigations.refused.entry.closed", investigation.caseNumber());
		}
		CaseEntry entry = CaseEntry.checked(kind, reference, personRole, personName, content,
				recordedBy.username(), clock.instant());
		entries.insert(id, entry);
		return entry;
	}

	/** The case's statements and references, in the order they were recorded. */
	public List<CaseEntry> entries(InvestigationId id) {
		return entries.of(id);
	}
}
