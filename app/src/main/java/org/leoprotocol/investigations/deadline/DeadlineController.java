package org.leoprotocol.investigations.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.WrongState;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's forms that toll or extend its statutory clock, for command only. Either way the reader returns to the
 * case page: with the new deadline, or with the refusal in their language beside the forms.
 */
@Controller
@PreAuthorize("hasRole('COMMAND')")
class DeadlineController {

	static final String PROBLEM = "deadlineProblem";

	private final Investigations investigations;
	private final CaseDeadlines deadlines;
	private final AgencyTime agencyTime;
	private final MessageSource messages;

	DeadlineController(Investigations investigations, CaseDeadlines deadlines, AgencyTime agencyTime,
			MessageSource messages) {
		this.investigations = investigations;
		this.deadlines = deadlines;
		this.agencyTime = agencyTime;
		this.messages = messages;
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/deadlines/{clock}/tolls")
	String toll(@PathVariable UUID id, @PathVariable String clock, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String until, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String authority, @RequestParam(defaultValue = "") String reference,
			Actor actor,
			Locale locale, RedirectAttributes redirect) {
		InvestigationId investigation = investigations.checkAccess(new InvestigationId(id), actor).id();
		try {
			ClockAdjustment toll = deadlines.toll(investigation, DeadlineClock.of(clock), day(from), day(until),
					new DeadlineAuthority(reason, authority, reference), actor);
			redirect.addFlashAttribute("notice",
					say("investigations.deadline.tolled", locale, agencyTime.format(toll.dueAfter(), locale)));
		}
		catch (InvalidInput | WrongState refused) {
			redirect.addFlashAttribute(PROBLEM, say(refused.messageKey(), locale, refused.messageArguments()));
		}
		return "redirect:" + InvestigationRoutes.investigation(id);
	}

	@PostMapping(InvestigationRoutes.LIST + "/{id}/deadlines/{clock}/extensions")
	String extend(@PathVariable UUID id, @PathVariable String clock, @RequestParam(defaultValue = "") String days,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String authority,
			@RequestParam(defaultValue = "") String reference, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		InvestigationId investigation = investigations.checkAccess(new InvestigationId(id), actor).id();
		try {
			ClockAdjustment extension = deadlines.extend(investigation, DeadlineClock.of(clock), number(days),
					new DeadlineAuthority(reason, authority, reference), actor);
			redirect.addFlashAttribute("notice",
					say("investigations.deadline.extended", locale, agencyTime.format(extension.dueAfter(), locale)));
		}
		catch (InvalidInput | WrongState refused) {
			redirect.addFlashAttribute(PROBLEM, say(refused.messageKey(), locale, refused.messageArguments()));
		}
		return "redirect:" + InvestigationRoutes.investigation(id);
	}

	private String say(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	private static LocalDate day(String text) {
		try {
			return text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException unreadable) {
			return null;
		}
	}

	private static Integer number(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException unreadable) {
			return null;
		}
	}
}
