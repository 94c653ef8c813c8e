package org.leoprotocol.investigations.cases;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.investigations.CaseDiscipline;
import org.leoprotocol.investigations.CaseStaff;
import org.leoprotocol.investigations.Hearing;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.investigations.PersonnelAction;
import org.leoprotocol.investigations.ReviewBoard;
import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.leoprotocol.investigations.cases.CaseSteps.constant;

/**
 * The discipline forms on a case's page: command proposes a personnel action against an officer and approves it, and
 * the review board's hearings are recorded with who attended, what was presented and the minutes. A refused step is
 * shown on the case page with the case as it is.
 */
@Controller
@PreAuthorize(CaseStaff.ROLES)
class DisciplineController {

	private final CaseSteps steps;
	private final Investigators investigators;
	private final CaseDiscipline discipline;
	private final ReviewBoard board;

	DisciplineController(CaseSteps steps, Investigators investigators, CaseDiscipline discipline, ReviewBoard board) {
		this.steps = steps;
		this.investigators = investigators;
		this.discipline = discipline;
		this.board = board;
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/personnel-actions")
	@PreAuthorize("hasRole('COMMAND')")
	String personnelAction(@PathVariable UUID id, @RequestParam(defaultValue = "") String badgeNumber,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String reason,
			Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return steps.step(id, actor, model, redirect, response, steps.notice("investigations.pages.notice.proposed"),
				() -> discipline.propose(new InvestigationId(id), investigators.officerByBadge(badgeNumber),
						constant(PersonnelAction.class, action, "personnel action"), reason, actor));
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/personnel-actions/{proposalId}/approval")
	@PreAuthorize("hasRole('COMMAND')")
	String approvePersonnelAction(@PathVariable UUID id, @PathVariable UUID proposalId, Actor actor,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return steps.step(id, actor, model, redirect, response, steps.notice("investigations.pages.notice.approved"),
				() -> discipline.approve(new InvestigationId(id), proposalId, actor));
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/hearings")
	String hearing(@PathVariable UUID id, @RequestParam(defaultValue = "") String purpose,
			@RequestParam(defaultValue = "") String subjectBadge, @RequestParam(defaultValue = "") String attendees,
			@RequestParam(defaultValue = "") String presented, @RequestParam(defaultValue = "") String minutes,
			Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return steps.step(id, actor, model, redirect, response, steps.notice("investigations.pages.notice.hearing"),
				() -> board.hold(new InvestigationId(id), constant(Hearing.Purpose.class, purpose, "purpose"),
						subjectBadge.isBlank() ? null : investigators.officerByBadge(subjectBadge), null,
						attendeeLines(attendees), presented, minutes, actor));
	}

	/** One attendee per line, as "name, role". */
	static List<Hearing.Attendee> attendeeLines(String text) {
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
			int comma = line.lastIndexOf(',');
			if (comma < 1) {
				throw new InvalidInput("investigations.refused.attendee.line");
			}
			return new Hearing.Attendee(line.substring(0, comma), line.substring(comma + 1));
		}).toList();
	}

}
