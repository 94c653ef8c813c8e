package org.leoprotocol.engagement;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.engagement.web.EngagementRoutes;
import org.leoprotocol.engagement.web.EventView;
import org.leoprotocol.engagement.web.EventsView;
import org.leoprotocol.engagement.web.FormValues;
import org.leoprotocol.engagement.web.RegisteredView;
import org.leoprotocol.engagement.web.RegistrationView;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.TooManyRequests;
import org.leoprotocol.shared.web.FieldsRefused;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public event pages: upcoming events, one event with its registration form, the confirmation, and the page a
 * registration's private link opens (cancel before the event). They work without JavaScript; pages that show a private
 * link are not cached.
 */
@Controller
class PublicEventsController {

	private final Engagement engagement;
	private final EventRegistration registration;
	private final EngagementMail mail;
	private final EngagementThrottle throttle;
	private final AgencyTime time;
	private final MessageSource messages;
	private final Refusals refusals;

	PublicEventsController(Engagement engagement, EventRegistration registration, EngagementMail mail,
			EngagementThrottle throttle, AgencyTime time, MessageSource messages, Refusals refusals) {
		this.refusals = refusals;
		this.time = time;
		this.messages = messages;
		this.engagement = engagement;
		this.registration = registration;
		this.mail = mail;
		this.throttle = throttle;
	}

	@GetMapping(EngagementRoutes.EVENTS)
	String events(Locale locale, Model model) {
		model.addAttribute("view", new EventsView(engagement.upcoming().stream()
			.map(event -> EventCards.card(event, engagement.placesLeft(event), time, locale)).toList()));
		return "engagement/events";
	}

	@GetMapping(EngagementRoutes.EVENT)
	String event(@PathVariable UUID id, Locale locale, Model model) {
		return show(engagement.publicEvent(id), FormValues.empty(), null, locale, model);
	}

	@PostMapping(EngagementRoutes.REGISTER)
	String register(@PathVariable UUID id, @RequestParam Map<String, String> fields, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		OutreachEvent event = engagement.publicEvent(id);
		RegistrationRequest form = new RegistrationRequest(fields.get("name"), fields.get("email"),
				EventCards.number(fields.get("partySize")), fields.get("submissionKey"));
		Map<String, String> problems = form.problems(messages, locale);
		if (!problems.isEmpty()) {
			refusals.answered(new FieldsRefused(problems.keySet()), response, locale);
			return show(event, new FormValues(fields, problems), null, locale, model);
		}
		throttle.take(request.getRemoteAddr());
		RegistrationReceipt receipt;
		try {
			receipt = registration.register(id, form);
		}
		catch (RegistrationRefused refused) {
			return show(event, new FormValues(fields, Map.of()), refusals.answered(refused, response, locale), locale,
					model);
		}
		boolean mailed = !receipt.repeated() && mail.confirmation(receipt, locale);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("view",
				new RegisteredView(EventCards.card(event, engagement.placesLeft(event), time, locale),
						receipt.registration().status() == RegistrationStatus.CONFIRMED,
						receipt.registration().partySize(),
						receipt.token() == null ? null : EngagementRoutes.privateLink(receipt.token()),
						receipt.token() == null ? null : mail.link(receipt.token()), mailed, receipt.repeated()));
		return "engagement/registered";
	}

	@GetMapping(EngagementRoutes.PRIVATE)
	String privateLink(@PathVariable String token, HttpServletResponse response, Locale locale, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return showRegistration(token, null, locale, model);
	}

	@PostMapping(EngagementRoutes.CANCEL)
	String cancel(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Locale locale,
			Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		throttle.take(request.getRemoteAddr());
		registration.cancel(token);
		return showRegistration(token, "engagement.cancelled", locale, model);
	}

	private String showRegistration(String token, String notice, Locale locale, Model model) {
		Registration found = registration.byToken(token)
			.orElseThrow(() -> new java.util.NoSuchElementException("This link does not open any registration."));
		OutreachEvent event = engagement.publicEvent(found.eventId());
		boolean over = event.isOver(engagement.now());
		model.addAttribute("view",
				new RegistrationView(token, EventCards.card(event, engagement.placesLeft(event), time, locale),
						found.status().name(), found.partySize(),
						!over && found.status() != RegistrationStatus.CANCELLED,
						over && found.status() == RegistrationStatus.CONFIRMED, notice));
		return "engagement/registration";
	}

	private String show(OutreachEvent event, FormValues form, String refusal, Locale locale, Model model) {
		Map<String, String> values = new java.util.HashMap<>(form.values());
		values.putIfAbsent("submissionKey", PrivateTokens.next());
		model.addAttribute("view", new EventView(EventCards.card(event, engagement.placesLeft(event), time, locale),
				!event.isOver(engagement.now()), new FormValues(values, form.problems()), refusal));
		return "engagement/event";
	}
}
