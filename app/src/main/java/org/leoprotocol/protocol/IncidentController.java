package org.leoprotocol.protocol;

import java.util.List;
import java.util.NoSuchElementException;

import org.leoprotocol.protocol.web.BoardView;
import org.leoprotocol.protocol.web.IncidentListView;
import org.leoprotocol.protocol.web.IncidentRoutes;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The incident pages: the list, the form to open an incident, one incident with its clocks, timeline and actions,
 * and the live board that supervisors keep open (htmx refreshes its clocks every five seconds). Every read of an
 * incident is audited.
 */
@Controller
@PreAuthorize(IncidentApi.READERS)
class IncidentController {

	static final String BOARD_READERS = "hasAnyRole('SUPERVISOR','COMMAND')";

	private final IncidentDesk desk;
	private final ResponseLog log;
	private final Reunification reunification;
	private final Broadcasts broadcasts;
	private final IncidentPages pages;
	private final StaffMembers staff;

	IncidentController(IncidentDesk desk, ResponseLog log, Reunification reunification, Broadcasts broadcasts,
			IncidentPages pages, StaffMembers staff) {
		this.desk = desk;
		this.log = log;
		this.reunification = reunification;
		this.broadcasts = broadcasts;
		this.pages = pages;
		this.staff = staff;
	}

	@GetMapping(IncidentRoutes.LIST)
	String list(Authentication user, Model model) {
		desk.auditList("recent incidents");
		StaffMember reader = staff.of(user);
		model.addAttribute("view", new IncidentListView(pages.rows(desk.recentIncidents()),
				reader.hasAny(org.leoprotocol.access.Role.OFFICER, org.leoprotocol.access.Role.SUPERVISOR, org.leoprotocol.access.Role.COMMAND)));
		return "incidents/list";
	}

	@GetMapping(IncidentRoutes.NEW)
	@PreAuthorize(IncidentApi.RESPONDERS)
	String newIncident(Model model) {
		model.addAttribute("form", pages.form("FOUND_CHILD", "", "", "", "", "UNKNOWN", List.of(), "", null));
		return "incidents/new";
	}

	@PostMapping(IncidentRoutes.LIST)
	@PreAuthorize(IncidentApi.RESPONDERS)
	String open(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String location,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String age,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "UNKNOWN") String condition,
			@RequestParam(required = false) List<String> riskFactors, @RequestParam(defaultValue = "") String responsibleOfficerBadge,
			Authentication user, Model model, HttpServletResponse response) {
		try {
			PersonAtRisk person = new PersonAtRisk(name, PageInput.age(age), description, PageInput.choice(Condition.class, condition, "condition"),
					PageInput.risks(riskFactors));
			Incident incident = desk.open(new NewIncident(PageInput.choice(IncidentKind.class, kind, "kind of incident"), location,
					null, null, person, staff.officer(responsibleOfficerBadge)), staff.of(user));
			return "redirect:" + IncidentRoutes.incident(incident.id());
		}
		catch (IllegalArgumentException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("form", pages.form(kind, location, name, age, description, condition, riskFactors,
					responsibleOfficerBadge, refused.getMessage()));
			return "incidents/new";
		}
	}

	@GetMapping(IncidentRoutes.BOARD)
	@PreAuthorize(BOARD_READERS)
	String board(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		BoardView board = pages.board(desk.openIncidents());
		model.addAttribute("board", board);
		if (htmx != null) {
			return "incidents/clocks";
		}
		desk.auditList("live board");
		return "incidents/board";
	}

	@GetMapping(IncidentRoutes.LIST + "/{id}")
	String incident(@PathVariable String id, Authentication user, Model model) {
		Incident incident = desk.get(IncidentId.of(id));
		StaffMember reader = staff.of(user);
		desk.auditRead(incident.id(), "incident page", reader.mayReadNameIn(incident) && incident.person().nameKnown());
		model.addAttribute("view", pages.page(incident, reader, (String) model.getAttribute("notice"),
				(String) model.getAttribute("problem")));
		return "incidents/detail";
	}

	@PostMapping(IncidentRoutes.LIST + "/{id}/steps/{code}/done")
	@PreAuthorize(IncidentApi.RESPONDERS)
	String stepDone(@PathVariable String id, @PathVariable String code, @RequestParam(defaultValue = "") String note,
			Authentication user, RedirectAttributes redirect) {
		return act(id, redirect, "Step " + code + " recorded as done.",
				() -> log.completeStep(IncidentId.of(id), code, null, note, staff.of(user)));
	}

	@PostMapping(IncidentRoutes.LIST + "/{id}/dispatch")
	@PreAuthorize(IncidentApi.RESPONDERS)
	String dispatch(@PathVariable String id, @RequestParam(defaultValue = "") String type,
			@RequestParam(defaultValue = "") String officerBadge, Authentication user, RedirectAttributes redirect) {
		return act(id, redirect, "Dispatch event recorded.", () -> log.dispatch(IncidentId.of(id),
				PageInput.choice(TimelineEventType.class, type, "dispatch event"), staff.officer(officerBadge), null, staff.of(user)));
	}

	@PostMapping(IncidentRoutes.LIST + "/{id}/broadcasts")
	@PreAuthorize(IncidentApi.RESPONDERS)
	String broadcast(@PathVariable String id, @RequestParam(defaultValue = "") String text, Authentication user,
			RedirectAttributes redirect) {
		return act(id, redirect, "Description broadcast issued.", () -> broadcasts.issue(IncidentId.of(id), text, staff.of(user)));
	}

	@PostMapping(IncidentRoutes.LIST + "/{id}/release")
	@PreAuthorize(IncidentApi.RESPONDERS)
	String release(@PathVariable String id, ReleaseForm form, Authentication user, RedirectAttributes redirect) {
		return act(id, redirect, "Release recorded after verification.",
				() -> reunification.release(IncidentId.of(id), form.toVerification(staff), staff.of(user)));
	}

	@PostMapping(IncidentRoutes.LIST + "/{id}/decisions")
	@PreAuthorize(IncidentApi.RESPONDERS)
	String decide(@PathVariable String id, @RequestParam(defaultValue = "") String decision,
			@RequestParam(defaultValue = "") String reason, Authentication user, RedirectAttributes redirect) {
		return act(id, redirect, "Decision recorded.", () -> reunification.decide(IncidentId.of(id),
				PageInput.choice(DecisionKind.class, decision, "decision"), reason, staff.of(user)));
	}

	private static String act(String id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (IllegalArgumentException | IllegalStateException | NoSuchElementException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:" + IncidentRoutes.incident(IncidentId.of(id));
	}

	/** The release form as posted; blank fields are missing checks, which the verification names. */
	record ReleaseForm(String claimantName, String relationship, String documentType, String documentIssuer,
			String documentLastFour, String photoMatches, String recognition, String recognitionNote, String custodyClear,
			String authorisationSource, String verifyingOfficerBadge, String confirmingOfficerBadge) {

		ReleaseVerification toVerification(StaffMembers staff) {
			boolean noDocument = PageInput.blank(documentType) && PageInput.blank(documentIssuer) && PageInput.blank(documentLastFour);
			return new ReleaseVerification(claimantName, relationship,
					noDocument ? null : new IdentityDocument(documentType, documentIssuer, documentLastFour),
					PageInput.yesNo(photoMatches), PageInput.blank(recognition) ? null : PageInput.choice(Recognition.class, recognition, "recognition"),
					recognitionNote, PageInput.yesNo(custodyClear), authorisationSource, staff.officer(verifyingOfficerBadge),
					staff.officer(confirmingOfficerBadge));
		}
	}
}
