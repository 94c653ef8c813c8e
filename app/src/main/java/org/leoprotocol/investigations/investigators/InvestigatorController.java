package org.leoprotocol.investigations.investigators;

import java.util.Locale;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.investigations.CaseStaff;
import org.leoprotocol.investigations.InvestigationTexts;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigator;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.investigations.web.InvestigatorsView;
import org.leoprotocol.investigations.web.InvestigatorsView.Form;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.investigations.separation.SeparationRefused;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.NotPermitted;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The investigators page: COMMAND registers the staff members internal affairs may assign (sworn ones by badge number,
 * so the chain-of-command rule can find them), and each investigator declares personal relations to officers before a
 * case arrives. COMMAND may record a relation for anyone, for instance one disclosed in an interview. The list of
 * relations is personal data, so reading it is audited.
 */
@Controller
@PreAuthorize(CaseStaff.ROLES)
class InvestigatorController {

	private final Investigators investigators;
	private final Roster roster;
	private final AuditTrail audit;
	private final InvestigationTexts texts;
	private final Refusals refusals;

	InvestigatorController(Investigators investigators, Roster roster, AuditTrail audit, InvestigationTexts texts,
			Refusals refusals) {
		this.texts = texts;
		this.refusals = refusals;
		this.investigators = investigators;
		this.roster = roster;
		this.audit = audit;
	}

	@GetMapping(InvestigationRoutes.INVESTIGATORS)
	String list(Actor actor, Model model) {
		model.addAttribute("view", view(actor, null, (String) model.getAttribute("notice"), Form.EMPTY));
		return "investigations/investigators";
	}

	@PostMapping(InvestigationRoutes.INVESTIGATORS)
	@PreAuthorize("hasRole('COMMAND')")
	String register(@RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String badgeNumber, Actor actor, Model model,
			RedirectAttributes redirect,
			HttpServletResponse response) {
		Form typed = new Form(username, displayName, badgeNumber, "");
		try {
			Investigator registered = investigators.register(username, displayName, badgeNumber);
			redirect.addFlashAttribute("notice",
					texts.text("investigations.pages.investigators.notice.registered", registered.displayName()));
			return "redirect:" + InvestigationRoutes.INVESTIGATORS;
		}
		catch (InvalidInput | IllegalArgumentException refused) {
			return refused(actor, model, response, refused, typed);
		}
	}

	@PostMapping(InvestigationRoutes.INVESTIGATORS + "/{username}/relations")
	String declare(@PathVariable String username, @RequestParam(defaultValue = "") String badgeNumber,
			@RequestParam(defaultValue = "") String relation, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		Form typed = new Form(username, "", badgeNumber, relation);
		if (!username.equals(actor.username()) && !actor.has(Role.COMMAND)) {
			audit.refusal(AuditAction.UPDATE, Investigations.COMPONENT, RecordReference.of("Investigator", username),
					Sentence.ofText("audit.detail.refused.relation-for-other"));
			NotPermitted refused = new NotPermitted("investigations.pages.investigators.refused.other", username);
			model.addAttribute("view", view(actor, refusals.answered(refused, response, locale), null, typed));
			return "investigations/investigators";
		}
		try {
			investigators.declare(username, badgeNumber, relation);
			redirect.addFlashAttribute("notice",
					texts.text("investigations.pages.investigators.notice.declared", username));
			return "redirect:" + InvestigationRoutes.INVESTIGATORS;
		}
		catch (InvalidInput | UnknownRecord | IllegalArgumentException | NoSuchElementException refused) {
			return refused(actor, model, response, refused, typed);
		}
	}

	/** The page again with why the form was refused, answered with the refusal's status. */
	private String refused(Actor actor, Model model, HttpServletResponse response, RuntimeException refused,
			Form typed) {
		response.setStatus(SeparationRefused.status(refused));
		model.addAttribute("view", view(actor, texts.said(refused), null, typed));
		return "investigations/investigators";
	}

	private InvestigatorsView view(Actor actor, String problem, String notice, Form form) {
		audit.query(AuditAction.SEARCH, Investigations.COMPONENT, "Investigator",
				Sentence.ofText("audit.detail.search.investigators"));
		var rows = investigators.all().stream()
			.map(investigator -> new InvestigatorsView.Row(investigator.username(), investigator.displayName(),
					investigator.officerId() == null ? ""
							: roster.find(investigator.officerId()).map(Officer::badgeNumber).orElse(""),
					investigator.relations().stream()
						.map(relation -> roster.find(relation.officerId())
							.map(officer -> texts.text("investigations.pages.investigators.relation.value",
									relation.relation(), officer.firstName() + " " + officer.lastName(),
									officer.badgeNumber()))
							.orElse(texts.text("investigations.pages.investigators.relation.gone",
									relation.relation())))
						.toList()))
			.toList();
		boolean command = actor.has(Role.COMMAND);
		return new InvestigatorsView(rows, command, command, actor.username(), problem, notice, form);
	}
}
