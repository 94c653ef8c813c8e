package org.leoprotocol.notifications.delivery;

import java.time.Clock;
import java.util.Set;

import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.notifications.Notice;
import org.leoprotocol.notifications.NotificationDelivered;
import org.leoprotocol.notifications.NotificationFailed;
import org.leoprotocol.notifications.NotificationId;
import org.leoprotocol.notifications.inbox.Addressee;
import org.leoprotocol.notifications.preferences.Preferences;
import org.leoprotocol.notifications.webhook.Webhooks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a new notice's deliveries in the transaction that stored it: the inbox at once, mail and webhooks queued for
 * the workers. What cannot be delivered (no account, no mail address) is recorded as failed with its reason, so an
 * administrator sees it; nothing is dropped.
 */
@Service
public class DeliveryQueue {

	static final String NO_ACCOUNT = "no account";
	static final String NO_ADDRESS = "no email address";

	private final Deliveries deliveries;
	private final StaffDirectory staff;
	private final Preferences preferences;
	private final Webhooks webhooks;
	private final Wakeup wakeup;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DeliveryQueue(Deliveries deliveries, StaffDirectory staff, Preferences preferences, Webhooks webhooks,
			Wakeup wakeup,
			ApplicationEventPublisher events, Clock clock) {
		this.deliveries = deliveries;
		this.staff = staff;
		this.preferences = preferences;
		this.webhooks = webhooks;
		this.wakeup = wakeup;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void plan(NotificationId id, Notice notice, Addressee to) {
		if (!to.reachable()) {
			fail(id, notice, null, Channel.INBOX, NO_ACCOUNT);
			return;
		}
		deliveries.insert(id.value(), Channel.INBOX, null, DeliveryState.DELIVERED, null, clock.instant());
		events.publishEvent(
				new NotificationDelivered(id, notice.cause(), to.accountId(), Channel.INBOX.name(), clock.instant()));
		Set<Channel> channels = ChannelPolicy.channels(notice.muteable(),
				preferences.of(to.accountId(), notice.kind()));
		if (channels.contains(Channel.EMAIL)) {
			queueMail(id, notice, to);
		}
		if (channels.contains(Channel.WEBHOOK)) {
			webhooks.enabled().forEach(endpoint -> queue(id, Channel.WEBHOOK, endpoint));
		}
	}

	private void queueMail(NotificationId id, Notice notice, Addressee to) {
		boolean hasAddress = staff.contact(to.accountId()).map(contact -> contact.email() != null).orElse(false);
		if (hasAddress) {
			queue(id, Channel.EMAIL, null);
		}
		else {
			fail(id, notice, to.accountId(), Channel.EMAIL, NO_ADDRESS);
		}
	}

	private void queue(NotificationId id, Channel channel, java.util.UUID endpoint) {
		deliveries.insert(id.value(), channel, endpoint, DeliveryState.QUEUED, null, clock.instant());
		wakeup.afterCommit();
	}

	private void fail(NotificationId id, Notice notice, java.util.UUID account, Channel channel, String reason) {
		deliveries.insert(id.value(), channel, null, DeliveryState.FAILED, reason, clock.instant());
		events
			.publishEvent(new NotificationFailed(id, notice.cause(), account, channel.name(), reason, clock.instant()));
	}
}
