package org.leoprotocol.investigations.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.leoprotocol.complaints.ComplaintSubjects;
import org.leoprotocol.complaints.Stage;
import org.leoprotocol.conflicts.Act;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.investigations.CasePublication;
import org.leoprotocol.investigations.CaseReports;
import org.leoprotocol.investigations.Hearing;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.ReviewBoard;
import org.leoprotocol.investigations.publication.PublicTextKind;
import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.web.HomeContributor;
import org.leoprotocol.shared.web.HomePanel;
import org.leoprotocol.shared.web.HomePanel.Link;
import org.leoprotocol.shared.web.HomePanel.Search;
import org.leoprotocol.shared.web.HomeReader;
import org.leoprotocol.shared.web.PanelBar;
import org.leoprotocol.shared.web.PanelChart;
import org.leoprotocol.shared.web.PanelItem;

import org.springframework.stereotype.Component;

/**
 * Investigations on the home pages. An investigator sees his own open cases by deadline, overdue ones first, and the
 * case search ({@link CaseSearch}) over every case he may see, open and closed. A member of the review board sees the
 * hearings to come, the hearings waiting for his vote and the minutes waiting for a second person's approval (never his
 * own, which he may not approve); hearings on a case he is conflicted on are left out. Command sees the open cases
 * within and past their deadline. Every list is read through the audited reports.
 */
@Component
class InvestigationsHome implements HomeContributor {

	private final CaseReports reports;
	private final ReviewBoard board;
	private final CasePublication publication;
	private final Investigations investigations;
	private final Conflicts conflicts;
	private final Clock clock;
	private final ComplaintSubjects complaints;

	InvestigationsHome(CaseReports reports, ReviewBoard board, CasePublication publication,
			Investigations investigations,
			Conflicts conflicts, Clock clock, ComplaintSubjects complaints) {
		this.complaints = complaints;
		this.reports = reports;
		this.board = board;
		this.publication = publication;
		this.investigations = investigations;
		this.conflicts = conflicts;
		this.clock = clock;
	}

	@Override
	public List<HomePanel> panels(HomeReader reader) {
		List<HomePanel> panels = new ArrayList<>();
		if (reader.has(Role.INVESTIGATOR.name())) {
			panels.add(myCases(reader));
		}
		String triage = reader.has(Role.INVESTIGATOR.name()) ? Role.INVESTIGATOR.name()
				: reader.has(Role.COMMAND.name()) ? Role.COMMAND.name() : null;
		if (triage != null) {
			panels.add(triage(reader, triage));
		}
		if (reader.has(Role.REVIEW_BOARD.name())) {
			panels.addAll(boardPanels(reader));
		}
		if (reader.has(Role.COMMAND.name())) {
			panels.add(caseFigures(reader));
		}
		return panels;
	}

	private HomePanel myCases(HomeReader reader) {
		Instant now = clock.instant();
		List<PanelItem> mine = reports.openCases().stream().filter(c -> reader.username().equals(c.investigator()))
			.sorted(Comparator.comparing((Investigation c) -> !c.isOverdue(now)).thenComparing(Investigation::dueAt))
			.map(c -> deadline(
					PanelItem.link(reader.t("home.case", c.caseNumber()), InvestigationRoutes.investigation(c.id()),
							reader.t("home.case.status", reader.t("investigations.pages.status." + c.status().name()),
									c.allegations().size())),
					c, now, reader))
			.toList();
		return HomePanel.of(Role.INVESTIGATOR.name(), "home-my-cases", reader.t("home.investigator.cases"),
				reader.t("home.investigator.cases.none"), mine,
				new Link(reader.t("home.investigator.cases.all"), InvestigationRoutes.LIST))
			.withSearch(new Search(InvestigationRoutes.LIST, reader.t("home.investigator.search"),
					reader.t("home.investigator.search.button"),
					List.of(new Search.Field("number", reader.t("home.investigator.search.number")),
							new Search.Field("officer", reader.t("home.investigator.search.officer")),
							new Search.Field("complainant", reader.t("home.investigator.search.complainant")))));
	}

	/** Complaints and commendations waiting for triage that the reader may read, oldest first. */
	private HomePanel triage(HomeReader reader, String role) {
		List<PanelItem> waiting = complaints.inStage(Stage.RECEIVED, reader.actor()).stream()
			.map(c -> PanelItem.link(reader.t("home.triage." + c.kind().name(), c.trackingCode()),
					InvestigationRoutes.TRIAGE + "#c-" + c.id(),
					reader.t("home.triage.received", reader.when(c.receivedAt()))))
			.toList();
		return HomePanel.of(role, "home-triage", reader.t("home.triage"), reader.t("home.triage.none"), waiting,
				new Link(reader.t("home.triage.all"), InvestigationRoutes.TRIAGE));
	}

	private static PanelItem deadline(PanelItem item, Investigation c, Instant now, HomeReader reader) {
		long days = Math.abs(Duration.between(now, c.dueAt()).toDays());
		return c.isOverdue(now) ? item.due(c.dueAt(), "late", reader.t("home.case.overdue", days))
				: item.due(c.dueAt(), "due", reader.t("home.case.left", days));
	}

	private List<HomePanel> boardPanels(HomeReader reader) {
		Instant now = clock.instant();
		List<Hearing> open = board.undecided().stream().filter(hearing -> free(reader, hearing.investigationId()))
			.toList();
		List<PanelItem> coming = open.stream().filter(hearing -> hearing.heldAt().isAfter(now))
			.sorted(Comparator.comparing(Hearing::heldAt))
			.map(hearing -> hearing(hearing, reader).due(hearing.heldAt(), "due", reader.t("home.hearing.coming")))
			.toList();
		List<PanelItem> votes = open.stream().filter(hearing -> !hearing.heldAt().isAfter(now))
			.filter(hearing -> hearing.votes().stream().noneMatch(vote -> vote.member().equals(reader.username())))
			.sorted(Comparator.comparing(Hearing::heldAt))
			.map(hearing -> hearing(hearing, reader).due(hearing.heldAt(), "late", reader.t("home.hearing.vote")))
			.toList();
		List<PanelItem> minutes = publication.pending().stream().filter(text -> text.kind() == PublicTextKind.MINUTES)
			.filter(text -> !reader.username().equalsIgnoreCase(text.writtenBy()))
			.map(text -> PanelItem.link(reader.t("home.minutes", text.caseNumber()),
					InvestigationRoutes.PUBLIC_TEXTS + "#text-" + text.id(),
					reader.t("home.minutes.written", text.writtenBy(), reader.when(text.writtenAt()))))
			.toList();
		String role = Role.REVIEW_BOARD.name();
		return List.of(
				HomePanel.of(role, "home-board-hearings", reader.t("home.board.hearings"),
						reader.t("home.board.hearings.none"), coming,
						new Link(reader.t("home.board.all"), InvestigationRoutes.BOARD)),
				HomePanel.of(role, "home-board-votes", reader.t("home.board.votes"), reader.t("home.board.votes.none"),
						votes, null),
				HomePanel.of(role, "home-board-minutes", reader.t("home.board.minutes"),
						reader.t("home.board.minutes.none"), minutes,
						new Link(reader.t("home.board.minutes.all"), InvestigationRoutes.PUBLIC_TEXTS)));
	}

	private PanelItem hearing(Hearing hearing, HomeReader reader) {
		return PanelItem.link(reader.t("home.hearing", investigations.find(hearing.investigationId()).caseNumber(),
				reader.t("home.hearing.purpose." + hearing.purpose().name())),
				InvestigationRoutes.BOARD + "#h-" + hearing.id(), null);
	}

	private boolean free(HomeReader reader, InvestigationId id) {
		return conflicts.check(reader.actor(), Act.DECIDE, RecordRef.of(RecordKind.CASE, id.value())).isEmpty();
	}

	private HomePanel caseFigures(HomeReader reader) {
		Instant now = clock.instant();
		List<Investigation> open = reports.openCases();
		long overdue = open.stream().filter(c -> c.isOverdue(now)).count();
		return HomePanel.of(Role.COMMAND.name(), "home-case-figures", reader.t("home.command.cases"), "", List.of(),
				new Link(reader.t("home.command.cases.overdue"), InvestigationRoutes.LIST + "?overdue=true"))
			.withCharts(
					List.of(new PanelChart("chart-cases", reader.t("home.chart.cases"), reader.t("home.chart.deadline"),
							reader.t("home.chart.caseCount"),
							List.of(PanelBar.of(reader.t("home.chart.cases.overdue"), overdue),
									PanelBar.of(reader.t("home.chart.cases.onTime"), open.size() - overdue)))));
	}
}
