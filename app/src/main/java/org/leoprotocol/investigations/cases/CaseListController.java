package org.leoprotocol.investigations.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintSubjects;
import org.leoprotocol.complaints.Stage;
import org.leoprotocol.investigations.CaseReports;
import org.leoprotocol.investigations.CaseStaff;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.investigations.NewAllegation;
import org.leoprotocol.investigations.separation.SeparationRefused;
import org.leoprotocol.investigations.web.InvestigationListView;
import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.WrongState;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.leoprotocol.investigations.cases.CaseSteps.constant;

/**
 * The internal-affairs case list: open and overdue cases with caseloads and the search by case number, officer,
 * complainant and dates; and the triage queue of received complaints, where a case is opened from a complaint.
 */
@Controller
@PreAuthorize(CaseStaff.ROLES)
class CaseListController {

	private final Investigations investigations;
	private final CaseReports reports;
	private final Investigators investigators;
	private final ComplaintSubjects complaints;
	private final CaseViews views;
	private final MessageSource messages;
	private final CaseSearch caseSearch;

	CaseListController(CaseSearch caseSearch, Investigations investigations, CaseReports reports,
			Investigators investigators, ComplaintSubjects complaints, CaseViews views, MessageSource messages) {
		this.caseSearch = caseSearch;
		this.investigations = investigations;
		this.reports = reports;
		this.investigators = investigators;
		this.complaints = complaints;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping(InvestigationRoutes.LIST)
	String list(@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "") String number,
			@RequestParam(defaultValue = "") String officer, @RequestParam(defaultValue = "") String complainant,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			Actor actor, Model model, HttpServletResponse response) {
		InvestigationListView.Search search;
		try {
			CaseQuery query = new CaseQuery(number, officer, complainant, day(from, "from"), day(to, "to"));
			search = new InvestigationListView.Search(number, officer, complainant, from, to, !query.empty(),
					views.rows(caseSearch.search(query, actor)), null);
		}
		catch (InvalidInput | IllegalArgumentException refused) {
			response.setStatus(SeparationRefused.status(refused));
			search = new InvestigationListView.Search(number, officer, complainant, from, to, false, List.of(),
					SeparationRefused.said(refused, messages));
		}
		model.addAttribute("view", views.list(overdue ? reports.overdue() : reports.openCases(), overdue, search));
		return "investigations/list";
	}

	/** A date typed into the search (yyyy-mm-dd), or {@code null} when left blank. */
	static LocalDate day(String text, String which) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new CaseSearchRefused("needtoknow.search.date", text.strip());
		}
	}

	@GetMapping(InvestigationRoutes.LIST + "/triage")
	String triage(Actor actor, Model model) {
		model.addAttribute("view", views.triage(complaints.inStage(Stage.RECEIVED, actor), null));
		return "investigations/triage";
	}

	@PostMapping(InvestigationRoutes.LIST + "/triage/{complaintId}")
	String openCase(@PathVariable String complaintId, @RequestParam(defaultValue = "") String caseType,
			@RequestParam(defaultValue = "") String badgeNumber, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "") String description, Actor actor, Model model,
			HttpServletResponse response) {
		try {
			Investigation opened = investigations.open(constant(CaseType.class, caseType, "case type"),
					ComplaintId.parse(complaintId),
					"From complaint "
							+ complaints.read(ComplaintId.parse(complaintId), actor).trackingCode(),
					List.of(new NewAllegation(investigators.officerByBadge(badgeNumber),
							constant(Category.class, category, "category"), description)),
					actor);
			return "redirect:" + InvestigationRoutes.investigation(opened.id());
		}
		catch (InvalidInput | WrongState | IllegalArgumentException | IllegalStateException refused) {
			response.setStatus(SeparationRefused.status(refused));
			model.addAttribute("view", views.triage(complaints.inStage(Stage.RECEIVED, actor),
					SeparationRefused.said(refused, messages)));
			return "investigations/triage";
		}
	}

}
