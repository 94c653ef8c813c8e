package org.leoprotocol.investigations.cases;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.investigations.AllegationId;
import org.leoprotocol.investigations.CaseEntry;
import org.leoprotocol.investigations.CaseStaff;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.FindingNotChosenRefused;
import org.leoprotocol.investigations.FindingStage;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.deadline.DeadlineViews;
import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.leoprotocol.investigations.cases.CaseSteps.constant;

/**
 * One internal-affairs case's page, with the forms that carry the case file: assign it, add statements and references,
 * record findings, send it to review and close it. A refused step is shown on the case page with the case as it is. The
 * discipline forms on the same page are {@link DisciplineController}'s.
 */
@Controller
@PreAuthorize(CaseStaff.ROLES)
class InvestigationController {

	private final Investigations investigations;
	private final CaseViews views;
	private final DeadlineViews deadlines;
	private final CaseReferences references;
	private final CaseSteps steps;

	InvestigationController(Investigations investigations, CaseViews views, DeadlineViews deadlines,
			CaseReferences references, CaseSteps steps) {
		this.investigations = investigations;
		this.views = views;
		this.deadlines = deadlines;
		this.references = references;
		this.steps = steps;
	}

	@GetMapping(InvestigationRoutes.LIST + "/{id}")
	String investigation(@PathVariable UUID id, Actor actor, Model model, Locale locale) {
		Investigation investigation = investigations.read(new InvestigationId(id), actor);
		model.addAttribute("view", views.view(investigation, actor, null, (String) model.getAttribute("notice")));
		model.addAttribute("deadline", deadlines.view(investigation, actor.has(Role.COMMAND),
				(String) model.getAttribute("deadlineProblem"), locale));
		return "investigations/detail";
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/assignment")
	String assign(@PathVariable UUID id, @RequestParam(defaultValue = "") String investigator, Actor actor,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return steps.step(id, actor, model, redirect, response,
				steps.notice("investigations.pages.notice.assigned", investigator),
				() -> investigations.assign(new InvestigationId(id), investigator));
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/entries")
	String addEntry(@PathVariable UUID id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String personRole,
			@RequestParam(defaultValue = "") String personName, @RequestParam(defaultValue = "") String content,
			Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return steps.step(id, actor, model, redirect, response, steps.notice("investigations.pages.notice.added"),
				() -> {
					CaseEntry.Kind chosen = constant(CaseEntry.Kind.class, kind, "kind of entry");
					investigations.addEntry(new InvestigationId(id), chosen,
							references.checked(new InvestigationId(id), chosen, reference, actor), personRole,
							personName, content, actor);
				});
	}

	/**
	 * Links a record chosen in the case page's select ("KIND:reference"), with a note on why it matters to the case; a
	 * reference to a record that does not exist or that the reader may not see is refused on the page.
	 */
	@PostMapping(InvestigationRoutes.LIST + "/{id}/references")
	String addReference(@PathVariable UUID id, @RequestParam(defaultValue = "") String reference,
			@RequestParam(defaultValue = "") String content, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return steps.step(id, actor, model, redirect, response, steps.notice("investigations.pages.notice.linked"),
				() -> {
					int colon = reference.indexOf(':');
					CaseEntry.Kind kind = colon < 0 ? null
							: constant(CaseEntry.Kind.class, reference.substring(0, colon), "kind of record");
					if (kind == null || kind == CaseEntry.Kind.STATEMENT) {
						throw ReferenceRefused.none();
					}
					investigations.addEntry(new InvestigationId(id), kind,
							references.checked(new InvestigationId(id), kind, reference.substring(colon + 1), actor),
							null, null, content, actor);
				});
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/findings")
	String recordFinding(@PathVariable UUID id, @RequestParam(defaultValue = "") String allegationId,
			@RequestParam(defaultValue = "") String stage, @RequestParam(defaultValue = "") String finding,
			@RequestParam(defaultValue = "") String agencyCode, @RequestParam(defaultValue = "") String reason,
			Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return steps.step(id, actor, model, redirect, response, steps.notice("investigations.pages.notice.finding"),
				() -> investigations.recordFinding(new InvestigationId(id), AllegationId.parse(allegationId),
						constant(FindingStage.class, stage, "stage"), chosenFinding(finding), agencyCode, reason,
						actor));
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/review")
	String review(@PathVariable UUID id, Actor actor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return steps.step(id, actor, model, redirect, response, steps.notice("investigations.pages.notice.review"),
				() -> investigations.submitForReview(new InvestigationId(id)));
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/close")
	String close(@PathVariable UUID id, Actor actor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return steps.step(id, actor, model, redirect, response, steps.notice("investigations.pages.notice.closed"),
				() -> investigations.close(new InvestigationId(id), actor));
	}

	/** The finding chosen in the form; the select has no default, so a blank choice is refused, never guessed. */
	static Finding chosenFinding(String value) {
		if (value == null || value.isBlank()) {
			throw new FindingNotChosenRefused();
		}
		return constant(Finding.class, value, "finding");
	}

}
