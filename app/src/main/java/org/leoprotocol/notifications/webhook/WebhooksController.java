package org.leoprotocol.notifications.webhook;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.notifications.web.NotificationRoutes;
import org.leoprotocol.notifications.web.WebhooksView;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators register the department's paging and CAD receivers and switch them on and off. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class WebhooksController {

	private final Webhooks webhooks;
	private final AuditTrail audit;
	private final Refusals refusals;

	WebhooksController(Webhooks webhooks, AuditTrail audit, Refusals refusals) {
		this.webhooks = webhooks;
		this.audit = audit;
		this.refusals = refusals;
	}

	@GetMapping(NotificationRoutes.WEBHOOKS)
	String list(@RequestParam(required = false) String registered, Model model) {
		audit.query(AuditAction.SEARCH, "notifications", "NotificationWebhook",
				Sentence.ofText("audit.detail.search.all"));
		return page(model, "", "", null, registered != null);
	}

	@PostMapping(NotificationRoutes.WEBHOOKS)
	String register(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String url,
			@RequestParam(defaultValue = "") String secret, Actor user, Locale locale, Model model,
			HttpServletResponse response) {
		try {
			webhooks.register(name, url, secret, user);
		}
		catch (InvalidInput refused) {
			return page(model, name, url, refusals.answered(refused, response, locale), false);
		}
		return "redirect:" + NotificationRoutes.WEBHOOKS + "?registered";
	}

	@PostMapping(NotificationRoutes.WEBHOOKS + "/{id}/enabled")
	String enable(@PathVariable UUID id, @RequestParam boolean enabled) {
		webhooks.setEnabled(id, enabled);
		return "redirect:" + NotificationRoutes.WEBHOOKS;
	}

	private String page(Model model, String name, String url, String problem, boolean registered) {
		var rows = webhooks.all().stream()
			.map(w -> new WebhooksView.Row(w.id().toString(), w.name(), w.url(), w.enabled(),
					w.createdAt(), w.createdBy()))
			.toList();
		model.addAttribute("view", new WebhooksView(rows, name, url, problem, registered));
		return "notifications/webhooks";
	}
}
