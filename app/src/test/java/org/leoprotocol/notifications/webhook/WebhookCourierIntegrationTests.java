package org.leoprotocol.notifications.webhook;

import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.notifications.NotificationDesk;
import org.leoprotocol.notifications.NotificationId;
import org.leoprotocol.notifications.Recipient;
import org.leoprotocol.notifications.delivery.Channel;
import org.leoprotocol.notifications.delivery.DueDelivery;
import org.leoprotocol.notifications.delivery.NoticeText;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.leoprotocol.notifications.NotificationFixtures.aNotice;
import static org.leoprotocol.notifications.NotificationFixtures.aSergeant;
import static org.leoprotocol.notifications.NotificationFixtures.accountOf;

/** Signed posts to a department's paging system, against receivers started in the test. */
@LeoIntegrationTest
class WebhookCourierIntegrationTests {

	static final Actor ADMIN = Actor.staff("admin", Role.ADMIN);

	@Autowired
	NotificationDesk desk;
	@Autowired
	Webhooks webhooks;
	@Autowired
	WebhookEndpoints endpoints;
	@Autowired
	StaffDirectory staff;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;
	@Autowired
	NoticeText text;
	@Autowired
	JsonMapper json;

	@BeforeEach
	void setClock() {
		clock.set(Instant.parse("2026-12-05T10:00:00Z"));
	}

	@Test
	void anEscalationIsPostedSignedToThePagingSystem() throws Exception {
		try (WebhookReceiver pager = WebhookReceiver.answering(204)) {
			UUID endpoint = webhooks.register("Dispatch pager", pager.url(), WebhookReceiver.SECRET, ADMIN);
			try {
				NotificationId id = sendEscalation();
				await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
					.until(() -> "DELIVERED".equals(delivery(id, endpoint).get("state")));
				assertThat(pager.badlySigned).isEmpty();
				assertThat(postsOf(pager, id)).singleElement().asString()
					.contains("\"notificationId\":\"" + id.value() + "\"", "\"kind\":\"ESCALATION\"",
							"Test notice from Miller");
			}
			finally {
				webhooks.setEnabled(endpoint, false);
			}
		}
	}

	@Test
	void aReceiverThatAnswers500KeepsTheDeliveryQueuedWithItsReasonAndIsRetried() throws Exception {
		try (WebhookReceiver broken = WebhookReceiver.answering(500)) {
			UUID endpoint = webhooks.register("Broken CAD", broken.url(), WebhookReceiver.SECRET, ADMIN);
			try {
				NotificationId id = sendEscalation();
				await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
					.until(() -> delivery(id, endpoint).get("last_error") != null
							&& delivery(id, endpoint).get("claimed_by") == null);
				assertThat(delivery(id, endpoint)).containsEntry("state", "QUEUED").containsEntry("attempts", 1)
					.containsEntry("last_error", "IllegalStateException: the receiver answered HTTP 500");

				clock.advance(Duration.ofSeconds(2));
				await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
					.until(() -> postsOf(broken, id).size() == 2);
				assertThat(delivery(id, endpoint)).containsEntry("attempts", 2);
			}
			finally {
				webhooks.setEnabled(endpoint, false);
			}
		}
	}

	@Test
	void aReceiverThatDoesNotAnswerTimesOut() throws Exception {
		try (WebhookReceiver silent = WebhookReceiver.hanging()) {
			UUID endpoint = webhooks.register("Silent pager", silent.url(), WebhookReceiver.SECRET, ADMIN);
			webhooks.setEnabled(endpoint, true);
			WebhookCourier impatient = new WebhookCourier(endpoints, text, staff, json, Clock.systemUTC(),
					Duration.ofMillis(200));
			DueDelivery delivery = new DueDelivery(UUID.randomUUID(), new NotificationId(UUID.randomUUID()),
					Channel.WEBHOOK,
					endpoint, 1, null, "test:timeout", NoticeKind.HEARING, "notifications.test.subject",
					List.of("Miller"), null,
					clock.instant());
			try {
				assertThatThrownBy(() -> impatient.deliver(delivery)).isInstanceOf(HttpTimeoutException.class);
			}
			finally {
				webhooks.setEnabled(endpoint, false);
			}
		}
	}

	@Test
	void anAddressOrSecretThatWillNotDoIsRefused() {
		assertThatThrownBy(() -> webhooks.register("Pager", "ftp://pager", WebhookReceiver.SECRET, ADMIN))
			.isInstanceOf(InvalidInput.class).hasMessage("notifications.webhook.url.invalid");
		assertThatThrownBy(() -> webhooks.register("Pager", "https://pager.example", "short", ADMIN))
			.isInstanceOf(InvalidInput.class).hasMessage("notifications.webhook.secret.short [16]");
	}

	/**
	 * The posts a receiver accepted for this notice. While a test's receiver is enabled it also gets whatever else Leo
	 * sends meanwhile (an escalation of another test's incident), so a test counts only its own.
	 */
	private static List<String> postsOf(WebhookReceiver receiver, NotificationId id) {
		return receiver.accepted.stream().filter(body -> body.contains("\"notificationId\":\"" + id.value() + "\""))
			.toList();
	}

	private NotificationId sendEscalation() {
		String sergeant = aSergeant(staff, false);
		return transactions.execute(status -> desk.send(aNotice(new Recipient.Account(accountOf(staff, sergeant)),
				NoticeKind.ESCALATION, false)));
	}

	private Map<String, Object> delivery(NotificationId id, UUID endpoint) {
		return jdbc
			.sql("""
					select state, attempts, last_error, claimed_by from notification_delivery where notification_id = :id and endpoint_id = :endpoint
					""")
			.param("id", id.value()).param("endpoint", endpoint).query().singleRow();
	}
}
