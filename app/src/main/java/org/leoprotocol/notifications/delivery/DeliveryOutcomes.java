package org.leoprotocol.notifications.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.leoprotocol.notifications.NotificationDelivered;
import org.leoprotocol.notifications.NotificationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what became of an attempt and tells the other modules. A node that lost its lease (it was too slow and
 * another node took the delivery over) records nothing, so each outcome is recorded once.
 */
@Service
class DeliveryOutcomes {

	private static final Logger LOG = LoggerFactory.getLogger(DeliveryOutcomes.class);
	static final int LONGEST_REASON = 500;

	private final Deliveries deliveries;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final RetryPolicy retries;

	DeliveryOutcomes(Deliveries deliveries, ApplicationEventPublisher events, Clock clock,
			@Value("${leo.notifications.retry.first:PT2S}") Duration first,
			@Value("${leo.notifications.retry.longest:PT15M}") Duration longest,
			@Value("${leo.notifications.retry.attempts:12}") int attempts) {
		this.deliveries = deliveries;
		this.events = events;
		this.clock = clock;
		this.retries = new RetryPolicy(first, longest, attempts);
	}

	@Transactional
	public void delivered(DueDelivery delivery, String node) {
		Instant at = clock.instant();
		if (deliveries.delivered(delivery.id(), node, at)) {
			events
				.publishEvent(new NotificationDelivered(delivery.notification(), delivery.cause(), delivery.accountId(),
						delivery.channel().name(), at));
		}
		else {
			LOG.warn("Delivery {} was delivered after this node's lease ran out", delivery.id());
		}
	}

	@Transactional
	public void failed(DueDelivery delivery, String node, String reason) {
		Instant at = clock.instant();
		String shortened = reason.length() > LONGEST_REASON ? reason.substring(0, LONGEST_REASON) : reason;
		Optional<Instant> next = retries.next(delivery.attempt(), at);
		if (deliveries.failed(delivery.id(), node, shortened, next.orElse(null))) {
			LOG.info("Delivery {} on {} failed (attempt {}): {}", delivery.id(), delivery.channel(), delivery.attempt(),
					shortened);
			events.publishEvent(new NotificationFailed(delivery.notification(), delivery.cause(), delivery.accountId(),
					delivery.channel().name(), shortened, at));
		}
	}
}
