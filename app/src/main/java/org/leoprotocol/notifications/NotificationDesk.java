package org.leoprotocol.notifications;

import java.util.List;

import org.leoprotocol.notifications.delivery.DeliveryQueue;
import org.leoprotocol.notifications.inbox.Addressee;
import org.leoprotocol.notifications.inbox.Inbox;
import org.leoprotocol.notifications.inbox.RecordedNotice;
import org.leoprotocol.notifications.inbox.Recipients;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door through which every module tells staff what they must act on. A notice is written to the outbox in the
 * transaction of the change that caused it, so it exists exactly when its cause committed; workers on any node then
 * deliver it on the recipient's channels.
 */
@Service
public class NotificationDesk {

	private final Recipients recipients;
	private final Inbox inbox;
	private final DeliveryQueue deliveries;

	NotificationDesk(Recipients recipients, Inbox inbox, DeliveryQueue deliveries) {
		this.recipients = recipients;
		this.inbox = inbox;
		this.deliveries = deliveries;
	}

	/**
	 * Writes the notice to the outbox in the caller's transaction; idempotent per cause and recipient: sending the same
	 * cause to the same recipient again returns the first notification's id.
	 *
	 * @throws org.leoprotocol.notifications.inbox.RecipientRefused when the recipient is no known account or officer
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public NotificationId send(Notice notice) {
		Addressee to = recipients.resolve(notice.recipient());
		RecordedNotice recorded = inbox.record(notice, to);
		if (recorded.isNew()) {
			deliveries.plan(recorded.id(), notice, to);
		}
		return recorded.id();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public List<NotificationId> sendAll(List<Notice> notices) {
		return notices.stream().map(this::send).toList();
	}
}
