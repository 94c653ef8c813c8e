package org.leoprotocol.notifications.webhook;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's paging and CAD receivers. An administrator registers each with a shared secret, which signs every
 * post and is never shown or logged again.
 */
@Service
public class Webhooks {

	static final int MINIMUM_SECRET = 16;

	private final WebhookEndpoints endpoints;
	private final AuditTrail audit;
	private final Clock clock;

	Webhooks(WebhookEndpoints endpoints, AuditTrail audit, Clock clock) {
		this.endpoints = endpoints;
		this.audit = audit;
		this.clock = clock;
	}

	/** The receivers a notice sent to the webhook channel is posted to. */
	public List<UUID> enabled() {
		return endpoints.enabled();
	}

	public List<WebhookEndpoint> all() {
		return endpoints.all();
	}

	@Transactional
	public UUID register(String name, String url, String secret, Actor by) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInput("notifications.webhook.name.invalid");
		}
		if (url == null || !url.strip().matches("https?://\\S+") || URI.create(url.strip()).getHost() == null) {
			throw new InvalidInput("notifications.webhook.url.invalid");
		}
		if (secret == null || secret.length() < MINIMUM_SECRET) {
			throw new InvalidInput("notifications.webhook.secret.short", MINIMUM_SECRET);
		}
		UUID id = UUID.randomUUID();
		endpoints.insert(id, name.strip(), url.strip(), secret, clock.instant(), by.username());
		audit.access(AuditAction.CREATE, "notifications", RecordReference.of("NotificationWebhook", id),
				Sentence.of("audit.detail.webhook.registered", url.strip()));
		return id;
	}

	@Transactional
	public void setEnabled(UUID id, boolean enabled) {
		endpoints.setEnabled(id, enabled);
		audit.access(AuditAction.UPDATE, "notifications", RecordReference.of("NotificationWebhook", id),
				Sentence.of(enabled ? "audit.detail.webhook.enabled" : "audit.detail.webhook.disabled"));
	}
}
