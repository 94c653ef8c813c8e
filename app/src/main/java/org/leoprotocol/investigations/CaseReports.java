package org.leoprotocol.investigations;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.investigations.cases.Caseload;
import org.leoprotocol.investigations.cases.InvestigationRecords;
import org.leoprotocol.investigations.publication.PublishedCase;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of cases for oversight: the open cases by deadline, the overdue ones, each investigator's caseload, the cases
 * against one officer (the file review that surfaces earlier complaints), and the public record of a case.
 */
@Service
public class CaseReports {

	private final InvestigationRecords records;
	private final CasePublication publication;
	private final AuditTrail audit;
	private final Clock clock;
	private final org.leoprotocol.conflicts.Conflicts conflicts;

	CaseReports(InvestigationRecords records, CasePublication publication, AuditTrail audit, Clock clock,
			org.leoprotocol.conflicts.Conflicts conflicts) {
		this.conflicts = conflicts;
		this.publication = publication;
		this.records = records;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public List<Investigation> openCases() {
		audit.query(AuditAction.SEARCH, Investigations.COMPONENT, "Investigation",
				Sentence.ofText("audit.detail.search.open"));
		return records.open(1000);
	}

	@Transactional
	public List<Investigation> overdue() {
		audit.query(AuditAction.SEARCH, Investigations.COMPONENT, "Investigation",
				Sentence.ofText("audit.detail.search.overdue"));
		return records.overdue(clock.instant(), 1000);
	}

	public List<Caseload> caseload() {
		return records.caseload(clock.instant());
	}

	/** Cases with allegations against the officer, oldest first: the officer's complaint history. */
	@Transactional
	public List<Investigation> againstOfficer(org.leoprotocol.personnel.OfficerId officer) {
		audit.query(AuditAction.SEARCH, Investigations.COMPONENT, "Investigation",
				Sentence.ofText("audit.detail.search.criteria", "officer=" + officer));
		return records.namingOfficer(officer);
	}

	public PublishedCase published(String caseNumber) {
		return records.findByCaseNumber(caseNumber == null ? "" : caseNumber.strip().toUpperCase(Locale.ROOT))
			.map(investigation -> PublishedCase.of(investigation,
					publication.approvedSummary(investigation.id()).orElse(null)))
			.map(published -> conflicts.recusalsOn(published.caseNumber()).stream().anyMatch(r -> r.alternate() != null)
					? published.byAlternate() : published)
			.orElseThrow(() -> new UnknownRecord("investigations.refused.publicCase.unknown", caseNumber));
	}
}
