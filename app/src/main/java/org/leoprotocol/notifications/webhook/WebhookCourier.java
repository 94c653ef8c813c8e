package org.leoprotocol.notifications.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.notifications.delivery.Channel;
import org.leoprotocol.notifications.delivery.Courier;
import org.leoprotocol.notifications.delivery.DueDelivery;
import org.leoprotocol.notifications.delivery.NoticeText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Posts a notice as signed JSON to a department's paging or CAD system. An answer other than 2xx, a timeout or a
 * refused connection is a failed attempt, retried with backoff; redirects are not followed.
 */
@Component
class WebhookCourier implements Courier {

	private final WebhookEndpoints endpoints;
	private final NoticeText text;
	private final StaffDirectory staff;
	private final JsonMapper json;
	private final Clock clock;
	private final Duration timeout;
	private final HttpClient http;

	WebhookCourier(WebhookEndpoints endpoints, NoticeText text, StaffDirectory staff, JsonMapper json, Clock clock,
			@Value("${leo.notifications.webhook.timeout:PT5S}") Duration timeout) {
		this.endpoints = endpoints;
		this.text = text;
		this.staff = staff;
		this.json = json;
		this.clock = clock;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@Override
	public Channel channel() {
		return Channel.WEBHOOK;
	}

	@Override
	public void deliver(DueDelivery delivery) throws Exception {
		WebhookTarget target = endpoints.target(delivery.endpointId()).filter(WebhookTarget::enabled)
			.orElseThrow(() -> new IllegalStateException("webhook receiver removed or disabled"));
		String body = json.writeValueAsString(payload(delivery));
		String timestamp = Long.toString(clock.instant().getEpochSecond());
		HttpRequest request = HttpRequest.newBuilder(URI.create(target.url())).timeout(timeout)
			.header("Content-Type", "application/json")
			.header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
			.header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(target.secret(), timestamp, body))
			.header(WebhookSignature.DELIVERY_HEADER, delivery.id().toString())
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
		int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		if (status / 100 != 2) {
			throw new IllegalStateException("the receiver answered HTTP " + status);
		}
	}

	private WebhookPayload payload(DueDelivery delivery) {
		Locale language = text.language(delivery);
		WebhookRecipient recipient = staff.contact(delivery.accountId())
			.map(c -> new WebhookRecipient(c.username(), c.displayName(), c.officerId())).orElse(null);
		return new WebhookPayload(delivery.id(), delivery.notification().value(), delivery.cause(),
				delivery.kind().name(),
				text.subject(delivery, language), language.getLanguage(), text.link(delivery), recipient,
				delivery.createdAt(),
				delivery.attempt());
	}
}
