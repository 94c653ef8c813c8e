package org.leoprotocol.conflicts;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.conflicts.web.RelationsView;
import org.leoprotocol.conflicts.web.RelationsView.Form;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page where any staff member, the chief included, declares a personal relation to an officer or to a member of the
 * public before a record they would decide arrives (scenario 000: the chief declares he is the lost child's father and
 * the complainant's husband).
 */
@Controller
class ConflictController {

	private final Conflicts conflicts;
	private final Roster roster;
	private final AgencyTime time;
	private final MessageSource messages;
	private final Refusals refusals;

	ConflictController(Conflicts conflicts, Roster roster, AgencyTime time, MessageSource messages,
			Refusals refusals) {
		this.refusals = refusals;
		this.conflicts = conflicts;
		this.roster = roster;
		this.time = time;
		this.messages = messages;
	}

	@GetMapping(RelationsView.ROUTE)
	String page(Actor actor, Model model) {
		model.addAttribute("view", view(actor, null, (String) model.getAttribute("notice"), Form.EMPTY));
		return "conflicts/relations";
	}

	@PostMapping(RelationsView.ROUTE)
	String declare(@RequestParam(defaultValue = "") String badgeNumber,
			@RequestParam(defaultValue = "") String personName,
			@RequestParam(defaultValue = "") String relation, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		try {
			if (!personName.isBlank()) {
				conflicts.declareToPerson(actor, personName, relation);
			}
			else {
				conflicts.declareToOfficer(actor, badgeNumber, relation);
			}
			redirect.addFlashAttribute("notice", messages.getMessage("conflicts.declared", null, locale));
			return "redirect:" + RelationsView.ROUTE;
		}
		catch (InvalidInput refused) {
			model.addAttribute("view", view(actor, refusals.answered(refused, response, locale), null,
					new Form(badgeNumber, personName, relation)));
			return "conflicts/relations";
		}
	}

	private RelationsView view(Actor actor, String problem, String notice, Form form) {
		var rows = conflicts.relationsOf(actor).stream()
			.map(relation -> new RelationsView.Row(relation.relation(), relation.to(relation.officerId() == null ? null
					: roster.find(new OfficerId(relation.officerId()))
						.map(officer -> officer.rank() + " " + officer.fullName() + " (" + officer.badgeNumber() + ")")
						.orElse("?")),
					time.day(relation.declaredAt(), LocaleContextHolder.getLocale())))
			.toList();
		return new RelationsView(rows, problem, notice, form);
	}
}
