package org.leoprotocol.protocol.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.broadcast.Broadcasts;
import org.leoprotocol.protocol.broadcast.DescriptionBroadcast;
import org.leoprotocol.protocol.clock.Durations;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.clock.StepStatus;
import org.leoprotocol.protocol.timeline.ResponseLog;
import org.leoprotocol.protocol.web.FieldView;
import org.leoprotocol.protocol.web.IncidentRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The field view for an officer on a phone: the open incidents they may see, and for one the next step with its clock,
 * a one-tap "done" that records the officer signed in as the one who did it, the body-camera reminder and the
 * description broadcast that never carries the person's name. The same need to know and audit as the incident page;
 * every form carries the CSRF token.
 */
@Controller
@PreAuthorize(IncidentAccess.RESPONDERS)
class FieldController {

	private final IncidentDesk desk;
	private final IncidentParts parts;
	private final IncidentAccess access;
	private final ResponseLog log;
	private final Broadcasts broadcasts;
	private final Protocols protocols;
	private final AgencyTime time;
	private final MessageSource messages;
	private final Clock clock;

	FieldController(IncidentDesk desk, IncidentParts parts, IncidentAccess access, ResponseLog log,
			Broadcasts broadcasts,
			Protocols protocols, AgencyTime time, MessageSource messages, Clock clock) {
		this.desk = desk;
		this.parts = parts;
		this.access = access;
		this.log = log;
		this.broadcasts = broadcasts;
		this.protocols = protocols;
		this.time = time;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(IncidentRoutes.FIELD)
	String list(Actor actor, Model model) {
		Actor reader = actor;
		desk.auditList(Sentence.ofText("audit.detail.search.incidents.field"));
		List<FieldView.Item> items = access.visible(desk.openIncidents(), reader).stream().map(incident -> {
			Optional<StepClock> next = next(incident, reader);
			return new FieldView.Item(IncidentRoutes.field(incident.id()), kind(incident), priority(incident),
					incident.location(),
					next.map(this::title).orElse(text("protocol-acts.field.next.none")),
					next.map(step -> time.stamp(step.dueAt())).orElse(""));
		}).toList();
		model.addAttribute("view", new FieldView(items, null, null, null));
		return "incidents/field";
	}

	@GetMapping(IncidentRoutes.FIELD + "/{id}")
	String incident(@PathVariable String id, Actor actor, Model model) {
		Actor reader = actor;
		access.require(IncidentId.of(id), reader, "field view");
		Incident incident = desk.read(IncidentId.of(id));
		model.addAttribute("view",
				new FieldView(List.of(), detail(incident, reader), (String) model.getAttribute("notice"),
						(String) model.getAttribute("problem")));
		return "incidents/field";
	}

	@PostMapping(IncidentRoutes.FIELD + "/{id}/steps/{code}/done")
	String done(@PathVariable String id, @PathVariable String code, Actor actor, RedirectAttributes redirect) {
		Actor reader = actor;
		return act(id, reader, redirect, text("protocol-acts.field.done.recorded"), () -> {
			if (Acting.officer(reader) == null) {
				throw new WrongState("protocol-acts.field.done.no-officer");
			}
			log.completeStep(IncidentId.of(id), code, Acting.officer(reader), "", reader);
		});
	}

	@PostMapping(IncidentRoutes.FIELD + "/{id}/broadcasts")
	String broadcast(@PathVariable String id, Actor actor, RedirectAttributes redirect) {
		Actor reader = actor;
		return act(id, reader, redirect, text("protocol-acts.field.broadcast.issued"),
				() -> broadcasts.issue(IncidentId.of(id), "", reader));
	}

	private String act(String id, Actor reader, RedirectAttributes redirect, String notice, Runnable action) {
		access.require(IncidentId.of(id), reader, "act in the field view");
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (InvalidInput | WrongState | UnknownRecord refused) {
			redirect.addFlashAttribute("problem", messages.getMessage(refused.messageKey(), refused.messageArguments(),
					refused.messageKey(), LocaleContextHolder.getLocale()));
		}
		return "redirect:" + IncidentRoutes.field(IncidentId.of(id));
	}

	private FieldView.Detail detail(Incident incident, Actor reader) {
		Instant now = clock.instant();
		Optional<StepClock> next = next(incident, reader);
		boolean markable = next.map(step -> markable(incident, step, reader)).orElse(false);
		boolean late = next.map(step -> step.status() == StepStatus.LATE
				|| (step.dueAt() != null && step.remaining(now).isNegative()))
			.orElse(false);
		String clockText = next.filter(step -> step.dueAt() != null).map(step -> late
				? text("protocol-acts.field.clock.late", Durations.clock(step.lateness(now)))
				: text("protocol-acts.field.clock.left", Durations.clock(step.remaining(now))))
			.orElse("");
		List<DescriptionBroadcast> issued = broadcasts.of(incident.id());
		String broadcast = issued.isEmpty()
				? DescriptionBroadcast.published(DescriptionBroadcast.proposedText(incident), incident.person())
				: issued.get(issued.size() - 1).text();
		return new FieldView.Detail(incident.id().toString(), kind(incident), priority(incident), incident.location(),
				incident.person().description(), markable ? next.get().code() : "",
				next.map(this::title).orElse(text("protocol-acts.field.next.none")),
				next.map(step -> time.stamp(step.dueAt())).orElse(""), clockText, late, cameraOff(incident, reader),
				broadcast,
				!issued.isEmpty(), markable ? IncidentRoutes.fieldDone(incident.id(), next.get().code()) : "",
				IncidentRoutes.fieldBroadcast(incident.id()), IncidentRoutes.incident(incident.id()));
	}

	/**
	 * The step to do next: the earliest due open step the reader may tick off here, else the earliest due open step.
	 */
	private Optional<StepClock> next(Incident incident, Actor reader) {
		List<StepClock> open = parts.steps(incident.id()).stream().filter(step -> !step.done())
			.sorted(Comparator.comparing((StepClock step) -> step.dueAt() == null ? Instant.MAX : step.dueAt())
				.thenComparingInt(StepClock::position))
			.toList();
		return open.stream().filter(step -> markable(incident, step, reader)).findFirst()
			.or(() -> open.stream().findFirst());
	}

	private boolean markable(Incident incident, StepClock step, Actor reader) {
		return incident.open() && Acting.officer(reader) != null && !step.done()
				&& Acting.mayAct(reader, step.actingRole())
				&& protocols.version(incident.protocolVersion()).step(step.code()).map(d -> d.completedBy() == null)
					.orElse(false);
	}

	/** Whether the reader's own body camera is not recorded as running on this incident. */
	private boolean cameraOff(Incident incident, Actor reader) {
		if (Acting.officer(reader) == null || !incident.open()) {
			return false;
		}
		return parts.timeline(incident.id()).stream()
			.filter(entry -> entry.type().camera() && Acting.officer(reader).equals(entry.officer()))
			.reduce((first, second) -> second)
			.map(last -> last.type() != TimelineEventType.RECORDING_STARTED).orElse(true);
	}

	private String title(StepClock step) {
		return messages.getMessage("protocol-acts.step." + step.code(), null, step.title(),
				LocaleContextHolder.getLocale());
	}

	private String kind(Incident incident) {
		return messages.getMessage("protocol-acts.kind." + incident.kind().name(), null, incident.kind().label(),
				LocaleContextHolder.getLocale());
	}

	private String priority(Incident incident) {
		return text("protocol-acts.field.priority." + incident.priority().priority().name());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
