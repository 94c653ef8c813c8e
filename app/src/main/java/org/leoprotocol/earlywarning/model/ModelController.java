package org.leoprotocol.earlywarning.model;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.shared.Actor;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The model card page of an agency, with the model's top 5 % on a date and their reasons; training for command. */
@Controller
class ModelController {

	private final LearnedModels models;
	private final AuditTrail audit;
	private final MessageSource messages;
	private final Clock clock;

	ModelController(LearnedModels models, AuditTrail audit, MessageSource messages, Clock clock) {
		this.models = models;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(ModelRoutes.PAGE + "/{agency}")
	@PreAuthorize("hasAnyRole('SUPERVISOR','COMMAND','INVESTIGATOR')")
	String page(@PathVariable String agency, @RequestParam(defaultValue = "") String asOf, Model model, Locale locale,
			HttpServletResponse response) {
		ModelCard card = models.card(agency).orElse(null);
		LocalDate date = LocalDate.now(clock);
		try {
			date = asOf.isBlank() ? (card != null ? card.asOf() : date) : parse(asOf);
			audit.query(AuditAction.SEARCH, ModelApi.COMPONENT, "OfficerHistory",
					Sentence.ofText("audit.detail.search.model-page", "agency=" + agency + " asOf=" + date));
			Flagged flagged = models.flagged(agency, date, locale);
			model.addAttribute("view", new ModelPageView(agency, date, card, flagged, limits(card), null));
		}
		catch (ModelRefused refused) {
			response.setStatus(refused.messageKey().equals("ewmodel.error.agency") ? HttpStatus.NOT_FOUND.value()
					: HttpStatus.BAD_REQUEST.value());
			String message = messages.getMessage(refused.messageKey(), refused.messageArguments(), locale);
			model.addAttribute("view", new ModelPageView(agency, date, card, null, limits(card), message));
		}
		return "earlywarning/model";
	}

	@PostMapping(ModelRoutes.PAGE + "/{agency}/train")
	@PreAuthorize(ModelApi.TRAINERS)
	String train(@PathVariable String agency, @RequestParam String asOf, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		try {
			LocalDate date = parse(asOf);
			models.train(agency, date, actor);
			redirect.addFlashAttribute("notice", messages.getMessage("ewmodel.card.trained", null, locale));
			return "redirect:" + ModelRoutes.page(agency) + "?asOf=" + date;
		}
		catch (ModelRefused refused) {
			redirect.addFlashAttribute("notice",
					messages.getMessage(refused.messageKey(), refused.messageArguments(), locale));
			return "redirect:" + ModelRoutes.page(agency);
		}
	}

	private static LocalDate parse(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw ModelRefused.badDate(text);
		}
	}

	private static List<String> limits(ModelCard card) {
		List<String> keys = new ArrayList<>(List.of("ewmodel.card.limit.labels", "ewmodel.card.limit.recent",
				"ewmodel.card.limit.attributes", "ewmodel.card.limit.proxy"));
		if (card != null && !card.hireDates()) {
			keys.add("ewmodel.card.limit.hireDates");
		}
		return keys;
	}
}
