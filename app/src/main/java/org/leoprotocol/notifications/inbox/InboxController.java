package org.leoprotocol.notifications.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.notifications.web.CountView;
import org.leoprotocol.notifications.web.InboxView;
import org.leoprotocol.notifications.web.NotificationRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inbox page, where staff read and acknowledge their notices, and the live count in every staff page's header. The
 * count answers 204 (htmx leaves the page alone) while it has not changed, so a screen reader announces it only when it
 * changes; it stops asking {@code leo.notifications.header.poll-for} after the page was loaded, because every poll
 * keeps the session alive and an unattended screen must still sign out (CJIS 5.5.5).
 */
@Controller
class InboxController {

	private final Inbox inbox;
	private final MessageSource texts;
	private final Clock clock;
	private final Duration pollFor;

	InboxController(Inbox inbox, MessageSource texts, Clock clock,
			@Value("${leo.notifications.header.poll-for:PT15M}") Duration pollFor) {
		this.inbox = inbox;
		this.texts = texts;
		this.clock = clock;
		this.pollFor = pollFor;
	}

	@GetMapping(NotificationRoutes.INBOX)
	String inbox(@RequestParam(required = false) String notice, Actor user, Locale locale, Model model) {
		var rows = inbox.of(user).stream().map(n -> new InboxView.Row(n.id().value().toString(),
				texts.getMessage("notifications.kind." + n.kind().name(), null, locale),
				org.leoprotocol.notifications.delivery.Subjects.say(texts, n.subjectKey(), n.arguments(), locale),
				n.link(), n.createdAt(),
				n.acknowledgedAt(), n.acknowledgedBy()))
			.toList();
		boolean administrator = user.has(Role.ADMIN);
		model.addAttribute("view", new InboxView(rows, administrator, "acknowledged".equals(notice) ? notice : null));
		return "notifications/inbox";
	}

	@PostMapping(NotificationRoutes.INBOX + "/{id}/acknowledge")
	String acknowledge(@PathVariable UUID id, Actor user) {
		inbox.acknowledge(id, user);
		return "redirect:" + NotificationRoutes.INBOX + "?notice=acknowledged";
	}

	@GetMapping(NotificationRoutes.COUNT)
	String count(@RequestParam(required = false) Long shown, @RequestParam(required = false) Long since,
			Actor user, Model model, HttpServletResponse response) {
		long unread = inbox.unacknowledged(user);
		Instant loaded = since == null ? clock.instant() : Instant.ofEpochMilli(since);
		boolean polling = clock.instant().isBefore(loaded.plus(pollFor));
		if (shown != null && shown == unread && polling) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return null;
		}
		String next = NotificationRoutes.COUNT + "?shown=" + unread + "&since=" + loaded.toEpochMilli();
		model.addAttribute("view", new CountView(unread, next, polling));
		return "notifications/count";
	}
}
