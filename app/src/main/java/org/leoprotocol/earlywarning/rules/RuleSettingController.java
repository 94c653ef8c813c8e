package org.leoprotocol.earlywarning.rules;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.earlywarning.web.EarlyWarningRoutes;
import org.leoprotocol.earlywarning.web.RuleLine;
import org.leoprotocol.earlywarning.web.RulesView;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rules page: each early-warning rule with what it looks for, whether it is on, its threshold and window; command
 * and administrators change a setting here, and every officer is re-evaluated under it at once.
 */
@Controller
class RuleSettingController {

	private final RuleSettingDesk ruleSettings;
	private final Refusals refusals;
	private final MessageSource messages;

	RuleSettingController(RuleSettingDesk ruleSettings, Refusals refusals, MessageSource messages) {
		this.messages = messages;
		this.ruleSettings = ruleSettings;
		this.refusals = refusals;
	}

	@GetMapping(EarlyWarningRoutes.RULES)
	@PreAuthorize("hasAnyRole('SUPERVISOR','COMMAND','INVESTIGATOR','ADMIN')")
	String rules(Actor actor, Model model) {
		model.addAttribute("view", rulesView(actor, null, (String) model.getAttribute("notice")));
		return "earlywarning/rules";
	}

	@PostMapping(EarlyWarningRoutes.RULES + "/{rule}")
	@PreAuthorize("hasAnyRole('COMMAND','ADMIN')")
	String changeRule(@PathVariable String rule, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam(defaultValue = "") String threshold, @RequestParam(defaultValue = "") String windowMonths,
			Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response,
			Locale locale) {
		try {
			ruleSettings.changeSetting(
					new RuleSetting(rule, enabled, number(threshold, "threshold"), number(windowMonths, "window")),
					actor);
			redirect.addFlashAttribute("notice", messages.getMessage("ew.rules.saved",
					new Object[] { messages.getMessage("ew.rule." + rule + ".name", null, rule, locale) }, locale));
			return "redirect:" + EarlyWarningRoutes.RULES;
		}
		catch (InvalidInput refused) {
			model.addAttribute("view", rulesView(actor, refusals.answered(refused, response, locale), null));
			return "earlywarning/rules";
		}
	}

	private RulesView rulesView(Actor actor, String problem, String notice) {
		boolean mayEdit = actor.hasAny(Role.COMMAND, Role.ADMIN);
		return new RulesView(
				ruleSettings.settings().stream().map(s -> new RuleLine(s, "ew.rule." + s.rule() + ".description"))
					.toList(),
				mayEdit, problem, notice);
	}

	private static int number(String text, String what) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput("earlywarning.rule.number." + what);
		}
	}
}
