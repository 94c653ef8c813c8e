package org.leoprotocol.engagement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.engagement.web.EngagementRoutes;
import org.leoprotocol.engagement.web.FormValues;
import org.leoprotocol.engagement.web.StaffEngagementView;
import org.leoprotocol.engagement.web.StaffEventView;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.web.FieldsRefused;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff pages of community engagement: command staff and administrators plan and edit events and see who registered
 * (audited); supervisors and command invite a person involved in an incident to the short survey.
 */
@Controller
@PreAuthorize("hasAnyRole('COMMAND','ADMIN','SUPERVISOR')")
class StaffEngagementController {

	static final String PLANNERS = "hasAnyRole('COMMAND','ADMIN')";
	static final String INVITERS = "hasAnyRole('SUPERVISOR','COMMAND')";

	private final Engagement engagement;
	private final AgencyTime time;
	private final Refusals refusals;
	private final MessageSource messages;

	StaffEngagementController(Engagement engagement, AgencyTime time, Refusals refusals, MessageSource messages) {
		this.messages = messages;
		this.engagement = engagement;
		this.time = time;
		this.refusals = refusals;
	}

	@GetMapping(EngagementRoutes.STAFF)
	String page(@RequestParam(required = false) String notice, Actor actor, Locale locale, Model model) {
		return show(actor, FormValues.empty(), FormValues.empty(), FormValues.empty(), notice, locale, model);
	}

	@PostMapping(EngagementRoutes.STAFF + "/events")
	@PreAuthorize(PLANNERS)
	String plan(@RequestParam Map<String, String> fields, Actor actor, Locale locale, Model model,
			HttpServletResponse response) {
		EventDetails details = details(fields);
		Map<String, String> problems = details.problems(messages, locale);
		if (!problems.isEmpty()) {
			refusals.answered(new FieldsRefused(problems.keySet()), response, locale);
			return show(actor, new FormValues(fields, problems), FormValues.empty(), FormValues.empty(), null,
					locale, model);
		}
		OutreachEvent event = engagement.plan(details);
		return "redirect:" + EngagementRoutes.staffEvent(event.id()) + "?notice=saved";
	}

	@PostMapping(EngagementRoutes.STAFF_INVITE)
	@PreAuthorize(INVITERS)
	String invite(@RequestParam Map<String, String> fields, Actor actor, Locale locale, Model model,
			HttpServletResponse response) {
		try {
			UUID incident = parseId(fields.get("incidentId"));
			engagement.invite(incident, fields.get("email"), actor);
			return "redirect:" + EngagementRoutes.STAFF + "?notice=invited";
		}
		catch (InvalidInput | WrongState refused) {
			return show(actor, FormValues.empty(),
					new FormValues(fields, Map.of("invitation", refusals.answered(refused, response, locale))),
					FormValues.empty(),
					null, locale, model);
		}
	}

	@PostMapping(EngagementRoutes.STAFF_NEW_LINK)
	@PreAuthorize(INVITERS)
	String sendNewLink(@PathVariable UUID id, @RequestParam Map<String, String> fields, Actor actor,
			Locale locale,
			Model model, HttpServletResponse response) {
		try {
			engagement.sendNewLink(id, fields.get("email"), mailLanguage(fields.get("language")));
			return "redirect:" + EngagementRoutes.STAFF + "?notice=newLink#invitations";
		}
		catch (InvalidInput | WrongState refused) {
			Map<String, String> values = new LinkedHashMap<>(fields);
			values.put("invitation", id.toString());
			return show(actor, FormValues.empty(), FormValues.empty(),
					new FormValues(values, Map.of("newLink", refusals.answered(refused, response, locale))),
					null, locale, model);
		}
	}

	@GetMapping(EngagementRoutes.STAFF_EVENT)
	@PreAuthorize(PLANNERS)
	String event(@PathVariable UUID id, @RequestParam(required = false) String notice, Locale locale, Model model) {
		OutreachEvent event = engagement.event(id);
		return showEvent(event, values(event), Map.of(), notice, locale, model);
	}

	@PostMapping(EngagementRoutes.STAFF_EVENT)
	@PreAuthorize(PLANNERS)
	String revise(@PathVariable UUID id, @RequestParam Map<String, String> fields, Locale locale, Model model,
			HttpServletResponse response) {
		OutreachEvent event = engagement.event(id);
		EventDetails details = details(fields);
		Map<String, String> problems = details.problems(messages, locale);
		if (!problems.isEmpty()) {
			refusals.answered(new FieldsRefused(problems.keySet()), response, locale);
			return showEvent(event, fields, problems, null, locale, model);
		}
		engagement.revise(id, details);
		return "redirect:" + EngagementRoutes.staffEvent(id) + "?notice=saved";
	}

	private EventDetails details(Map<String, String> fields) {
		return new EventDetails(fields.get("title"), time.parse(fields.get("startsAt")), fields.get("place"),
				fields.get("activities"), EventCards.number(fields.get("capacity")), fields.get("language"));
	}

	/** The language a person's mail is written in: Spanish when staff chose {@code es}, else English. */
	static Locale mailLanguage(String code) {
		return "es".equals(code) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
	}

	private static UUID parseId(String text) {
		try {
			return UUID.fromString(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException malformed) {
			throw new InvalidInput("engagement.refused.incidentId");
		}
	}

	private Map<String, String> values(OutreachEvent event) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", event.title());
		values.put("startsAt", time.formValue(event.startsAt()));
		values.put("place", event.place());
		values.put("activities", event.activities());
		values.put("capacity", Integer.toString(event.capacity()));
		values.put("language", event.language());
		return values;
	}

	private String show(Actor actor, FormValues eventForm, FormValues inviteForm, FormValues linkForm,
			String notice,
			Locale locale, Model model) {
		boolean planner = actor.has(Role.COMMAND) || actor.has(Role.ADMIN);
		boolean inviter = actor.has(Role.SUPERVISOR) || actor.has(Role.COMMAND);
		List<StaffEngagementView.Invitation> invitations = inviter ? engagement.outstandingInvitations().stream()
			.map(i -> new StaffEngagementView.Invitation(i.id().toString(), i.incidentId().toString(), i.invitedBy(),
					time.format(i.invitedAt(), locale), time.format(i.expiresAt(), locale),
					!engagement.now().isBefore(i.expiresAt())))
			.toList() : List.of();
		model.addAttribute("view", new StaffEngagementView(engagement.all().stream()
			.map(e -> new StaffEngagementView.Row(e.id().toString(), e.title(), time.format(e.startsAt(), locale),
					e.place(),
					e.capacity(), engagement.placesLeft(e)))
			.toList(), planner, inviter, eventForm, inviteForm, invitations, linkForm, notice));
		return "engagement/staff";
	}

	private String showEvent(OutreachEvent event, Map<String, String> values, Map<String, String> problems,
			String notice,
			Locale locale, Model model) {
		model.addAttribute("view", new StaffEventView(event.id().toString(), event.title(),
				new FormValues(values, problems),
				engagement.registrants(event.id()).stream()
					.map(r -> new StaffEventView.Registrant(r.name(), r.email(), r.partySize(), r.status().name(),
							time.format(r.registeredAt(), locale)))
					.toList(),
				engagement.comments(event.id()), notice));
		return "engagement/staff-event";
	}
}
