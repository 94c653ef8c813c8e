package org.leoprotocol.investigations.cases;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintSubjects;
import org.leoprotocol.complaints.Stage;
import org.leoprotocol.investigations.AllegationId;
import org.leoprotocol.investigations.CaseDiscipline;
import org.leoprotocol.investigations.CaseEntry;
import org.leoprotocol.investigations.CaseReports;
import org.leoprotocol.investigations.CaseStaff;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.FindingNotChosenRefused;
import org.leoprotocol.investigations.FindingStage;
import org.leoprotocol.investigations.Hearing;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.investigations.NewAllegation;
import org.leoprotocol.investigations.PersonnelAction;
import org.leoprotocol.investigations.ReviewBoard;
import org.leoprotocol.investigations.deadline.DeadlineViews;
import org.leoprotocol.investigations.separation.SeparationRefused;
import org.leoprotocol.investigations.web.InvestigationListView;
import org.leoprotocol.investigations.web.InvestigationRoutes;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The internal-affairs pages: open and overdue cases with caseloads, the triage queue of received complaints, and one
 * case with forms to assign it, add statements and references, record findings, send it to review and close it. A
 * refused step is shown on the case page with the case as it is.
 */
@Controller
@PreAuthorize(CaseStaff.ROLES)
class InvestigationController {

	private final Investigations investigations;
	private final CaseReports reports;
	private final Investigators investigators;
	private final ComplaintSubjects complaints;
	private final CaseViews views;
	private final CaseDiscipline discipline;
	private final ReviewBoard board;
	private final AuditTrail audit;
	private final DeadlineViews deadlines;
	private final MessageSource messages;
	private final CaseSearch caseSearch;
	private final CaseReferences references;

	InvestigationController(CaseSearch caseSearch, Investigations investigations, CaseReports reports,
			Investigators investigators, ComplaintSubjects complaints, CaseViews views,
			CaseDiscipline discipline, ReviewBoard board, AuditTrail audit, DeadlineViews deadlines,
			MessageSource messages,
			CaseReferences references) {
		this.references = references;
		this.messages = messages;
		this.caseSearch = caseSearch;
		this.investigations = investigations;
		this.reports = reports;
		this.investigators = investigators;
		this.complaints = complaints;
		this.views = views;
		this.discipline = discipline;
		this.board = board;
		this.audit = audit;
		this.deadlines = deadlines;
	}

	@GetMapping(InvestigationRoutes.LIST)
	String list(@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "") String number,
			@RequestParam(defaultValue = "") String officer, @RequestParam(defaultValue = "") String complainant,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			Authentication user, Model model,
			HttpServletResponse response) {
		InvestigationListView.Search search;
		try {
			CaseQuery query = new CaseQuery(number, officer, complainant, day(from, "from"), day(to, "to"));
			search = new InvestigationListView.Search(number, officer, complainant, from, to, !query.empty(),
					views.rows(caseSearch.search(query, user.getName())), null);
		}
		catch (IllegalArgumentException refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			search = new InvestigationListView.Search(number, officer, complainant, from, to, false, List.of(),
					SeparationRefused.said(refused, messages));
		}
		model.addAttribute("view", views.list(overdue ? reports.overdue() : reports.openCases(), overdue, search));
		return "investigations/list";
	}

	/** A date typed into the search (yyyy-mm-dd), or {@code null} when left blank. */
	static java.time.LocalDate day(String text, String which) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return java.time.LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new CaseSearchRefused("needtoknow.search.date",
					"'" + text.strip() + "' is not a date (yyyy-mm-dd) for '" + which + "'",
					text.strip());
		}
	}

	@GetMapping(InvestigationRoutes.LIST + "/triage")
	String triage(Authentication user, Model model) {
		model.addAttribute("view", views.triage(complaints.inStage(Stage.RECEIVED, user.getName()), null));
		return "investigations/triage";
	}

	@PostMapping(InvestigationRoutes.LIST + "/triage/{complaintId}")
	String openCase(@PathVariable String complaintId, @RequestParam(defaultValue = "") String caseType,
			@RequestParam(defaultValue = "") String badgeNumber, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "") String description, Authentication user, Model model,
			HttpServletResponse response) {
		try {
			Investigation opened = investigations.open(constant(CaseType.class, caseType, "case type"),
					ComplaintId.parse(complaintId),
					"From complaint " + complaints.read(ComplaintId.parse(complaintId), user.getName()).trackingCode(),
					List.of(new NewAllegation(investigators.officerByBadge(badgeNumber),
							constant(Category.class, category, "category"), description)),
					user.getName());
			return "redirect:" + InvestigationRoutes.investigation(opened.id());
		}
		catch (IllegalArgumentException | IllegalStateException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("view", views.triage(complaints.inStage(Stage.RECEIVED, user.getName()),
					SeparationRefused.said(refused, messages)));
			return "investigations/triage";
		}
	}

	@GetMapping(InvestigationRoutes.LIST + "/{id}")
	String investigation(@PathVariable UUID id, Authentication user, Model model, Locale locale) {
		Investigation investigation = investigations.read(new InvestigationId(id), user.getName());
		model.addAttribute("view", views.view(investigation, user, null,
				(String) model.getAttribute("notice")));
		model.addAttribute("deadline", deadlines.view(investigation, CaseStaff.isCommand(user),
				(String) model.getAttribute("deadlineProblem"), locale));
		return "investigations/detail";
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/assignment")
	String assign(@PathVariable UUID id, @RequestParam(defaultValue = "") String investigator, Authentication user,
			Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, user, model, redirect, response,
				views.text("investigations.pages.notice.assigned", investigator),
				() -> investigations.assign(new InvestigationId(id), investigator));
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/entries")
	String addEntry(@PathVariable UUID id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String reference,
			@RequestParam(defaultValue = "") String personRole, @RequestParam(defaultValue = "") String personName,
			@RequestParam(defaultValue = "") String content, Authentication user, Model model,
			RedirectAttributes redirect,
			HttpServletResponse response) {
		return step(id, user, model, redirect, response, views.text("investigations.pages.notice.added"), () -> {
			CaseEntry.Kind chosen = constant(CaseEntry.Kind.class, kind, "kind of entry");
			investigations.addEntry(new InvestigationId(id), chosen,
					references.checked(new InvestigationId(id), chosen, reference, user),
					personRole, personName, content, user.getName());
		});
	}

	/**
	 * Links a record chosen in the case page's select ("KIND:reference"), with a note on why it matters to the case; a
	 * reference to a record that does not exist or that the reader may not see is refused on the page.
	 */
	@PostMapping(InvestigationRoutes.LIST + "/{id}/references")
	String addReference(@PathVariable UUID id, @RequestParam(defaultValue = "") String reference,
			@RequestParam(defaultValue = "") String content,
			Authentication user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, user, model, redirect, response, views.text("investigations.pages.notice.linked"), () -> {
			int colon = reference.indexOf(':');
			CaseEntry.Kind kind = colon < 0 ? null
					: constant(CaseEntry.Kind.class, reference.substring(0, colon), "kind of record");
			if (kind == null || kind == CaseEntry.Kind.STATEMENT) {
				throw ReferenceRefused.none();
			}
			investigations.addEntry(new InvestigationId(id), kind,
					references.checked(new InvestigationId(id), kind, reference.substring(colon + 1), user),
					null, null, content, user.getName());
		});
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/findings")
	String recordFinding(@PathVariable UUID id, @RequestParam(defaultValue = "") String allegationId,
			@RequestParam(defaultValue = "") String stage, @RequestParam(defaultValue = "") String finding,
			@RequestParam(defaultValue = "") String agencyCode, @RequestParam(defaultValue = "") String reason,
			Authentication user,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, user, model, redirect, response, views.text("investigations.pages.notice.finding"),
				() -> investigations.recordFinding(new InvestigationId(id),
						AllegationId.parse(allegationId), constant(FindingStage.class, stage, "stage"),
						chosenFinding(finding),
						agencyCode, reason, user.getName()));
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/review")
	String review(@PathVariable UUID id, Authentication user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return step(id, user, model, redirect, response, views.text("investigations.pages.notice.review"),
				() -> investigations.submitForReview(new InvestigationId(id)));
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/close")
	String close(@PathVariable UUID id, Authentication user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return step(id, user, model, redirect, response, views.text("investigations.pages.notice.closed"),
				() -> investigations.close(new InvestigationId(id), user.getName()));
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/personnel-actions")
	@PreAuthorize("hasRole('COMMAND')")
	String personnelAction(@PathVariable UUID id, @RequestParam(defaultValue = "") String badgeNumber,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String reason,
			Authentication user,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, user, model, redirect, response,
				views.text("investigations.pages.notice.proposed"),
				() -> discipline.propose(new InvestigationId(id), investigators.officerByBadge(badgeNumber),
						constant(PersonnelAction.class, action, "personnel action"), reason, user.getName()));
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/personnel-actions/{proposalId}/approval")
	@PreAuthorize("hasRole('COMMAND')")
	String approvePersonnelAction(@PathVariable UUID id, @PathVariable UUID proposalId, Authentication user,
			Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, user, model, redirect, response, views.text("investigations.pages.notice.approved"),
				() -> discipline.approve(new InvestigationId(id), proposalId, user.getName()));
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/hearings")
	String hearing(@PathVariable UUID id, @RequestParam(defaultValue = "") String purpose,
			@RequestParam(defaultValue = "") String subjectBadge,
			@RequestParam(defaultValue = "") String attendees, @RequestParam(defaultValue = "") String presented,
			@RequestParam(defaultValue = "") String minutes, Authentication user, Model model,
			RedirectAttributes redirect,
			HttpServletResponse response) {
		return step(id, user, model, redirect, response,
				views.text("investigations.pages.notice.hearing"),
				() -> board.hold(new InvestigationId(id), constant(Hearing.Purpose.class, purpose, "purpose"),
						subjectBadge.isBlank() ? null : investigators.officerByBadge(subjectBadge), null,
						attendeeLines(attendees),
						presented, minutes, user.getName()));
	}

	/** One attendee per line, as "name, role". */
	static List<Hearing.Attendee> attendeeLines(String text) {
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
			int comma = line.lastIndexOf(',');
			if (comma < 1) {
				throw new IllegalArgumentException("Write each attendee as \"name, role\" on a line of its own");
			}
			return new Hearing.Attendee(line.substring(0, comma), line.substring(comma + 1));
		}).toList();
	}

	private String step(UUID id, Authentication user, Model model, RedirectAttributes redirect,
			HttpServletResponse response,
			String notice, Runnable action) {
		InvestigationId investigation = new InvestigationId(id);
		investigations.checkAccess(investigation, user.getName());
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:" + InvestigationRoutes.investigation(id);
		}
		catch (IllegalArgumentException | IllegalStateException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			audit.read(Investigations.COMPONENT, Investigations.reference(investigations.find(investigation)),
					"after a refused step");
			model.addAttribute("view", views.view(investigations.find(investigation), user,
					SeparationRefused.said(refused, messages), null));
			model.addAttribute("deadline",
					deadlines.view(investigations.find(investigation), CaseStaff.isCommand(user), null,
							org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			return "investigations/detail";
		}
	}

	/** The finding chosen in the form; the select has no default, so a blank choice is refused, never guessed. */
	static Finding chosenFinding(String value) {
		if (value == null || value.isBlank()) {
			throw new FindingNotChosenRefused();
		}
		return constant(Finding.class, value, "finding");
	}

	static <E extends Enum<E>> E constant(Class<E> type, String value, String what) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Choose a " + what);
		}
	}

}
