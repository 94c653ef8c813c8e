package org.leoprotocol.protocol.incident;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.web.BoardView;
import org.leoprotocol.protocol.web.IncidentListView;
import org.leoprotocol.protocol.web.IncidentRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The incident pages: the list, the form to open an incident, one incident with its clocks and timeline, and the live
 * board that supervisors keep open (htmx refreshes its clocks every five seconds). Every read of an incident is
 * audited. The forms on an incident's page post to {@link IncidentActionsController}.
 */
@Controller
@PreAuthorize(IncidentAccess.READERS)
class IncidentController {

	static final String BOARD_READERS = "hasAnyRole('SUPERVISOR','COMMAND')";

	private final IncidentDesk desk;
	private final IncidentPageViews views;
	private final IncidentListViews lists;
	private final StaffMembers staff;
	private final IncidentAccess access;
	private final Refusals refusals;

	IncidentController(IncidentDesk desk, IncidentPageViews views, IncidentListViews lists, StaffMembers staff,
			IncidentAccess access, Refusals refusals) {
		this.access = access;
		this.refusals = refusals;
		this.desk = desk;
		this.views = views;
		this.lists = lists;
		this.staff = staff;
	}

	@GetMapping(IncidentRoutes.LIST)
	String list(Actor actor, Model model) {
		desk.auditList(Sentence.ofText("audit.detail.search.incidents.recent"));
		Actor reader = actor;
		model.addAttribute("view", new IncidentListView(lists.rows(access.visible(desk.recentIncidents(), reader)),
				reader.hasAny(Role.OFFICER, Role.SUPERVISOR, Role.COMMAND)));
		return "incidents/list";
	}

	@GetMapping(IncidentRoutes.NEW)
	@PreAuthorize(IncidentAccess.RESPONDERS)
	String newIncident(Model model) {
		model.addAttribute("form", lists.form("FOUND_CHILD", "", "", "", "", "UNKNOWN", List.of(), "", null));
		return "incidents/new";
	}

	@PostMapping(IncidentRoutes.LIST)
	@PreAuthorize(IncidentAccess.RESPONDERS)
	String open(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String location,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String age,
			@RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "UNKNOWN") String condition,
			@RequestParam(required = false) List<String> riskFactors,
			@RequestParam(defaultValue = "") String responsibleOfficerBadge,
			Actor actor, Model model, HttpServletResponse response) {
		try {
			PersonAtRisk person = new PersonAtRisk(name, PageInput.age(age), description,
					PageInput.choice(Condition.class, condition, new Phrase("word.field.condition")),
					PageInput.risks(riskFactors));
			Incident incident = desk
				.open(new NewIncident(
						PageInput.choice(IncidentKind.class, kind, new Phrase("word.field.kind-of-incident")), location,
						null, null, person, staff.officer(responsibleOfficerBadge)), actor);
			return "redirect:" + IncidentRoutes.incident(incident.id());
		}
		catch (InvalidInput | WrongState refused) {
			model.addAttribute("form", lists.form(kind, location, name, age, description, condition, riskFactors,
					responsibleOfficerBadge, refusals.answered(refused, response, LocaleContextHolder.getLocale())));
			return "incidents/new";
		}
	}

	@GetMapping(IncidentRoutes.BOARD)
	@PreAuthorize(BOARD_READERS)
	String board(@RequestHeader(name = "HX-Request", required = false) String htmx, Actor actor, Model model) {
		BoardView board = lists.board(access.visible(desk.openIncidents(), actor));
		model.addAttribute("board", board);
		if (htmx != null) {
			return "incidents/clocks";
		}
		desk.auditList(Sentence.ofText("audit.detail.search.incidents.board"));
		return "incidents/board";
	}

	@GetMapping(IncidentRoutes.LIST + "/{id}")
	String incident(@PathVariable String id, Actor actor, Model model) {
		Actor reader = actor;
		boolean named = access.require(IncidentId.of(id), reader, "incident page").named();
		Incident incident = named ? desk.readNamed(IncidentId.of(id)) : desk.read(IncidentId.of(id));
		model.addAttribute("view", views.page(incident, reader, named, (String) model.getAttribute("notice"),
				(String) model.getAttribute("problem")));
		return "incidents/detail";
	}
}
