package org.leoprotocol.investigations.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.leoprotocol.complaints.Complaint;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.investigations.Allegation;
import org.leoprotocol.investigations.AllegationId;
import org.leoprotocol.investigations.CaseDiscipline;
import org.leoprotocol.investigations.CaseEntry;
import org.leoprotocol.investigations.CaseReports;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.FindingRecord;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationTexts;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigator;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.investigations.PersonnelAction;
import org.leoprotocol.investigations.web.CaseView;
import org.leoprotocol.investigations.web.InvestigationListView;
import org.leoprotocol.investigations.web.TriageView;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.Role;

import org.springframework.stereotype.Component;

/** Turns cases into the records the investigation pages show. */
@Component
class CaseViews {

	private final AgencyTime time;
	private final Investigations investigations;
	private final CaseReports reports;
	private final Investigators investigators;
	private final Roster roster;
	private final CaseDiscipline discipline;
	private final Clock clock;
	private final Conflicts conflicts;
	private final CaseReferences references;
	private final InvestigationTexts texts;

	CaseViews(Investigations investigations, CaseReports reports, Investigators investigators, Roster roster,
			CaseDiscipline discipline,
			Clock clock, Conflicts conflicts, CaseReferences references, AgencyTime time, InvestigationTexts texts) {
		this.texts = texts;
		this.time = time;
		this.conflicts = conflicts;
		this.references = references;
		this.discipline = discipline;
		this.investigations = investigations;
		this.reports = reports;
		this.investigators = investigators;
		this.roster = roster;
		this.clock = clock;
	}

	InvestigationListView list(List<Investigation> cases, boolean overdueOnly, InvestigationListView.Search search) {
		return new InvestigationListView(overdueOnly, rows(cases),
				reports.caseload().stream()
					.map(l -> new InvestigationListView.CaseloadRow(l.investigator(), l.openCases(), l.overdue(),
							time.date(l.nextDue())))
					.toList(),
				search);
	}

	List<InvestigationListView.CaseRow> rows(List<Investigation> cases) {
		Instant now = clock.instant();
		return cases.stream()
			.map(c -> new InvestigationListView.CaseRow(c.id().toString(), c.caseNumber(),
					texts.name("type", c.caseType()), texts.name("status", c.status()),
					c.investigator() == null ? "—" : c.investigator(), time.date(c.dueAt()), c.isOverdue(now)))
			.toList();
	}

	CaseView view(Investigation c, Actor actor, String problem, String notice) {
		boolean mayOrderActions = actor.has(Role.COMMAND);
		Map<AllegationId, String> names = c.allegations().stream()
			.collect(Collectors.toMap(Allegation::id,
					a -> texts.name("category", a.category()) + " — " + officer(a.officerId())));
		return new CaseView(c.id().toString(), c.caseNumber(), texts.name("type", c.caseType()), c.status().name(),
				c.summary(),
				time.stamp(c.openedAt()), time.date(c.dueAt()), c.isOverdue(clock.instant()),
				c.investigator() == null ? "" : c.investigator(),
				c.allegations().stream()
					.map(a -> new CaseView.AllegationRow(a.id().toString(), officer(a.officerId()),
							texts.name("category", a.category()),
							a.description(), finding(a.recommended()), finding(a.finalFinding())))
					.toList(),
				investigations.entries(c.id()).stream()
					.map(e -> new CaseView.EntryRow(texts.name("entry", e.kind()), text(e.reference()),
							references.link(c, e).orElse(null),
							e.personName() == null ? ""
									: texts.text("investigations.pages.case.person.value", e.personName(),
											e.personRole()),
							e.content(),
							e.recordedBy(),
							time.stamp(e.recordedAt())))
					.toList(),
				investigations.findingHistory(c.id()).stream()
					.map(h -> new CaseView.HistoryRow(time.stamp(h.recordedAt()),
							names.getOrDefault(h.allegationId(), h.allegationId().toString()),
							texts.name("stage", h.stage()), texts.name("finding", h.finding()),
							text(h.agencyCode()), text(h.reason()), h.recordedBy()))
					.toList(),
				investigators.all().stream().map(Investigator::username).toList(),
				Arrays.stream(Finding.values()).map(Enum::name).toList(),
				List.of(CaseEntry.Kind.STATEMENT.name()),
				c.accused().stream().flatMap(id -> roster.find(id).stream())
					.map(o -> new CaseView.Accused(o.badgeNumber(), o.badgeNumber() + " " + o.fullName())).toList(),
				Arrays.stream(PersonnelAction.values()).map(Enum::name).toList(), mayOrderActions, proposals(c),
				conflicts.recusalsOn(c.caseNumber()).stream()
					.map(r -> new CaseView.RecusalRow(r.username(),
							texts.text("investigations.pages.role." + r.decidingRole()),
							texts.said(r.reason().of(r.username())), r.alternate(), time.stamp(r.recusedAt())))
					.toList(),
				conflicts.flaggedOn(c.caseNumber()).stream()
					.map(f -> new CaseView.FlagRow(f.said(time::stamp).map(texts::said).orElse(f.action()),
							f.username(), time.stamp(f.takenAt()),
							time.stamp(f.flaggedAt()), texts.said(f.reason().of(f.username()))))
					.toList(),
				references.choices(c, actor), problem, notice);
	}

	private List<CaseView.ProposalRow> proposals(Investigation c) {
		return discipline.proposals(c.id()).stream().map(p -> new CaseView.ProposalRow(p.id().toString(),
				officer(new org.leoprotocol.personnel.OfficerId(p.officerId())),
				texts.text("investigations.pages.action." + p.action()), p.reason(),
				p.proposedBy(), time.stamp(p.proposedAt()), p.approvedBy(),
				p.approvedAt() == null ? null : time.stamp(p.approvedAt())))
			.toList();
	}

	TriageView triage(List<Complaint> complaints, String problem) {
		return new TriageView(complaints.stream().map(this::row).toList(),
				Arrays.stream(Category.values()).map(Enum::name).toList(),
				Arrays.stream(CaseType.values()).map(Enum::name).toList(), problem);
	}

	private TriageView.Row row(Complaint complaint) {
		String narrative = complaint.submission().narrative();
		return new TriageView.Row(complaint.id().toString(), complaint.trackingCode(), complaint.kind().name(),
				time.stamp(complaint.receivedAt()),
				complaint.officers().isEmpty() ? texts.text("investigations.pages.triage.unknown-officer")
						: complaint.officers().stream()
							.map(o -> Arrays
								.stream(new String[] { o.named().badgeNumber(), o.named().name(),
										o.named().description() })
								.filter(java.util.Objects::nonNull).collect(Collectors.joining(", ")))
							.collect(Collectors.joining("; ")),
				narrative.length() > 300 ? narrative.substring(0, 300) + "…" : narrative,
				complaint.officers().stream().map(o -> o.named().badgeNumber()).filter(java.util.Objects::nonNull)
					.findFirst().orElse(""));
	}

	private String officer(OfficerId id) {
		return roster.find(id).map(o -> texts.text("investigations.pages.officer", o.badgeNumber(), o.fullName()))
			.orElse(id.toString());
	}

	private String finding(FindingRecord record) {
		if (record == null) {
			return "—";
		}
		String finding = texts.name("finding", record.finding());
		return record.agencyCode() == null ? finding
				: texts.text("investigations.pages.finding.with-code", finding, record.agencyCode());
	}

	/** A text of the investigation pages in the reader's language. */
	String text(String key, Object... arguments) {
		return texts.text(key, arguments);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
