package org.leoprotocol.investigations.cases;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.conflicts.Act;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigator;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds cases, open and closed, by number, officer, complainant and date opened: the file review that surfaces an
 * officer's earlier complaints needs the closed ones most. A searcher sees only cases they may read: never a case in
 * which they are accused, nor one in which the conflict policy finds them conflicted (a declared relation to a party,
 * being a party). Every search is audited.
 */
@Service
public class CaseSearch {

	static final int LIMIT = 200;

	private final InvestigationRecords records;
	private final Investigators investigators;
	private final ComplaintIntake complaints;
	private final Roster roster;
	private final StaffDirectory staff;
	private final AuditTrail audit;
	private final Conflicts conflicts;

	CaseSearch(InvestigationRecords records, Investigators investigators, ComplaintIntake complaints, Roster roster,
			StaffDirectory staff, AuditTrail audit, Conflicts conflicts) {
		this.conflicts = conflicts;
		this.records = records;
		this.investigators = investigators;
		this.complaints = complaints;
		this.roster = roster;
		this.staff = staff;
		this.audit = audit;
	}

	/** The cases matching every part of the query that the searcher may see, newest first; none for an empty query. */
	@Transactional
	public List<Investigation> search(CaseQuery query, Actor searcher) {
		if (query.empty()) {
			return List.of();
		}
		audit.query(AuditAction.SEARCH, Investigations.COMPONENT, "Investigation",
				Sentence.ofText("audit.detail.search.criteria", describe(query)));
		Set<UUID> officers = query.officer() == null ? null : officersMatching(query.officer());
		Set<UUID> filed = query.complainant() == null ? null
				: complaints.filedByName(query.complainant()).stream().map(ComplaintId::value)
					.collect(Collectors.toSet());
		if ((officers != null && officers.isEmpty()) || (filed != null && filed.isEmpty())) {
			return List.of();
		}
		return mayBeSeen(records.search(query.caseNumber(), officers, filed,
				query.openedFrom() == null ? null : query.openedFrom().atStartOfDay().atOffset(ZoneOffset.UTC),
				query.openedTo() == null ? null : query.openedTo().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC),
				LIMIT), searcher);
	}

	/**
	 * The most recent cases, open or closed, the staff member may see: the choices for a reference to an earlier case.
	 */
	List<Investigation> visible(Actor searcher) {
		return mayBeSeen(records.search(null, null, null, null, null, LIMIT), searcher);
	}

	private List<Investigation> mayBeSeen(List<Investigation> found, Actor searcher) {
		Optional<OfficerId> self = staff.officerOf(searcher.username()).map(OfficerId::new);
		Optional<Investigator> asInvestigator = investigators.find(searcher.username());
		return found.stream()
			.filter(investigation -> self.map(officer -> !investigation.accused().contains(officer)).orElse(true))
			.filter(investigation -> asInvestigator
				.map(candidate -> investigators.conflicts(candidate, investigation.accused()).isEmpty())
				.orElse(true))
			.filter(investigation -> conflicts
				.check(searcher, Act.VIEW, RecordRef.of(RecordKind.CASE, investigation.id().value())).isEmpty())
			.toList();
	}

	private Set<UUID> officersMatching(String text) {
		return roster.findByBadge(text).map(officer -> Set.of(officer.id().value()))
			.orElseGet(() -> roster.search(text, null).stream().map(officer -> officer.id().value())
				.collect(Collectors.toSet()));
	}

	/** The query for the audit trail: which parts were asked, never the complainant's name. */
	private static String describe(CaseQuery query) {
		return "search" + (query.caseNumber() == null ? "" : " number=" + query.caseNumber())
				+ (query.officer() == null ? "" : " officer=" + query.officer())
				+ (query.complainant() == null ? "" : " complainant=(name)")
				+ (query.openedFrom() == null ? "" : " from=" + query.openedFrom())
				+ (query.openedTo() == null ? "" : " to=" + query.openedTo());
	}
}
