package org.leoprotocol.personnel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.personnel.web.ImportView;
import org.leoprotocol.personnel.web.OfficerListView;
import org.leoprotocol.personnel.web.OfficerView;
import org.leoprotocol.personnel.web.OfficerView.StatusForm;
import org.leoprotocol.personnel.web.PersonnelRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The personnel pages: the roster with search by badge or name, an officer's record with status history and the status
 * change form, and the roster import. Every page read of an officer is audited.
 */
@Controller
@PreAuthorize(PersonnelController.ANY_STAFF)
class PersonnelController {

	static final String ANY_STAFF = "hasAnyRole('OFFICER','SUPERVISOR','INVESTIGATOR','REVIEW_BOARD','COMMAND','ADMIN')";
	static final String MAY_CHANGE_STATUS = "hasAnyRole('COMMAND','ADMIN')";

	private final Roster roster;
	private final RosterImport rosterImport;
	private final OfficerViews views;
	private final AuditTrail audit;
	private final PersonnelActionDesk actions;
	private final AgencyTime time;

	private final MessageSource messages;
	private final Refusals refusals;

	PersonnelController(Roster roster, RosterImport rosterImport, OfficerViews views, AuditTrail audit,
			PersonnelActionDesk actions, AgencyTime time, MessageSource messages, Refusals refusals) {
		this.messages = messages;
		this.refusals = refusals;
		this.actions = actions;
		this.time = time;
		this.roster = roster;
		this.rosterImport = rosterImport;
		this.views = views;
		this.audit = audit;
	}

	@GetMapping(PersonnelRoutes.LIST)
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		OfficerStatus wanted = parseStatus(status);
		var officers = roster.search(q, wanted);
		audit.query(AuditAction.SEARCH, Roster.COMPONENT, "Officer",
				Sentence.ofText("audit.detail.search.criteria", "q=" + q + " status=" + status));
		model.addAttribute("view", new OfficerListView(q, wanted == null ? "" : wanted.name(),
				Arrays.stream(OfficerStatus.values()).map(Enum::name).toList(), views.rows(officers),
				Roster.SEARCH_LIMIT));
		return htmx != null ? "personnel/results" : "personnel/list";
	}

	@GetMapping(PersonnelRoutes.LIST + "/{id}")
	String officer(@PathVariable OfficerId id, Actor actor, Model model) {
		Officer officer = roster.get(id);
		audit.read(Roster.COMPONENT, RecordReference.of("Officer", id), null);
		OfficerView view = views.view(officer, mayChangeStatus(actor), StatusForm.EMPTY, null,
				(String) model.getAttribute("notice"));
		if (!PersonnelHistoryPolicy.mayRead(actor)) {
			audit.refusal(AuditAction.READ, Roster.COMPONENT, RecordReference.of("OfficerHistory", id),
					Sentence.ofText("audit.detail.refused.history-withheld"));
			view = view.withoutHistory();
		}
		model.addAttribute("view", view);
		return "personnel/detail";
	}

	@PostMapping(PersonnelRoutes.LIST + "/{id}/status")
	@PreAuthorize(MAY_CHANGE_STATUS)
	String changeStatus(@PathVariable OfficerId id, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String caseReference,
			Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		try {
			OfficerStatus to = parseStatus(status);
			if (to == null) {
				throw new InvalidInput("personnel.refused.status.choose");
			}
			Officer changed = roster.changeStatus(id, to, StatusReason.typedAlone(reason), caseReference, actor);
			redirect.addFlashAttribute("notice", messages.getMessage("personnel.notice.status",
					new Object[] { changed.fullName(), Phrase.of("personnel.duty.status.", to) }, locale));
			return "redirect:" + PersonnelRoutes.officer(id);
		}
		catch (InvalidInput | WrongState refused) {
			model.addAttribute("view", views.view(roster.get(id), true, new StatusForm(status, reason, caseReference),
					refusals.answered(refused, response, locale), null));
			return "personnel/detail";
		}
	}

	@PostMapping(PersonnelRoutes.LIST + "/{id}/actions")
	@PreAuthorize(MAY_CHANGE_STATUS)
	String recordAction(@PathVariable OfficerId id, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String authorisedBy, @RequestParam(defaultValue = "") String reference,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String takenAt,
			Actor actor, RedirectAttributes redirect, Locale locale) {
		PersonnelActionKind kind = actionKind(action);
		actions.record(id, kind, authorisedBy, reference, reason, time.parse(takenAt), actor);
		redirect.addFlashAttribute("notice", messages.getMessage("personnel.notice.action",
				new Object[] { Phrase.of("personnel.action.", kind) }, locale));
		return "redirect:" + PersonnelRoutes.officer(id);
	}

	@GetMapping(PersonnelRoutes.IMPORT)
	@PreAuthorize("hasRole('ADMIN')")
	String importForm(Model model) {
		model.addAttribute("view", new ImportView(RosterImport.HEADER, null, null));
		return "personnel/import";
	}

	@PostMapping(PersonnelRoutes.IMPORT)
	@PreAuthorize("hasRole('ADMIN')")
	String importRoster(@RequestParam("file") MultipartFile file, Actor actor, Model model) throws IOException {
		if (file.isEmpty()) {
			throw new InvalidInput("personnel.refused.import.empty");
		}
		try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			model.addAttribute("view",
					new ImportView(RosterImport.HEADER, rosterImport.importCsv(csv, actor),
							file.getOriginalFilename()));
		}
		return "personnel/import";
	}

	private static boolean mayChangeStatus(Actor actor) {
		return actor.hasAny(Role.COMMAND, Role.ADMIN);
	}

	/** The action chosen on the form, or null when none or an unknown one was sent: the desk refuses it. */
	private static PersonnelActionKind actionKind(String action) {
		return Arrays.stream(PersonnelActionKind.values()).filter(kind -> kind.name().equals(action.strip()))
			.findFirst().orElse(null);
	}

	static OfficerStatus parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return OfficerStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("personnel.refused.status.unknown", status, Arrays.toString(OfficerStatus.values()));
		}
	}
}
