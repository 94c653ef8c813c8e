package org.leoprotocol.protocol.escalation;

import org.leoprotocol.notifications.NotificationAcknowledged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears that someone reached by an escalation acknowledged its notice, and records it on the incident: the timeline
 * says who acknowledged when, and the escalation no longer passes up the chain of command.
 */
@Component
class EscalationAcknowledgementListener {

	private final EscalationDelivery delivery;

	EscalationAcknowledgementListener(EscalationDelivery delivery) {
		this.delivery = delivery;
	}

	@ApplicationModuleListener
	void on(NotificationAcknowledged acknowledged) {
		EscalationDelivery.fromCause(acknowledged.cause())
			.ifPresent(key -> delivery.acknowledge(key, acknowledged.username(), acknowledged.at()));
	}
}
