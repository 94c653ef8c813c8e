package org.leoprotocol.notifications.inbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.leoprotocol.notifications.web.NotificationRoutes;
import org.leoprotocol.shared.Actor;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own notices. Acknowledging is idempotent: acknowledging again answers 200 with the notice as it was
 * first acknowledged; a notice that is not the caller's answers 404 like an unknown one.
 */
@RestController
class InboxApi {

	private final Inbox inbox;
	private final TestNotices tests;
	private final MessageSource texts;

	InboxApi(Inbox inbox, TestNotices tests, MessageSource texts) {
		this.inbox = inbox;
		this.tests = tests;
		this.texts = texts;
	}

	/** Administrators send a test notice to a staff member; an unknown user name is refused with 400. */
	@PostMapping(NotificationRoutes.API + "/test")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> test(@RequestParam String username, Actor user) {
		return Map.of("id", tests.send(username, user).value());
	}

	@GetMapping(NotificationRoutes.API)
	List<InboxEntry> mine(Actor user, Locale locale) {
		return inbox.of(user).stream().map(notice -> InboxEntry.of(notice, texts, locale)).toList();
	}

	@PostMapping(NotificationRoutes.API + "/{id}/acknowledge")
	InboxEntry acknowledge(@PathVariable UUID id, Actor user, Locale locale) {
		return InboxEntry.of(inbox.acknowledge(id, user), texts, locale);
	}
}
