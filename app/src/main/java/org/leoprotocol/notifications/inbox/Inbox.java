package org.leoprotocol.notifications.inbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.access.StaffContact;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.notifications.Notice;
import org.leoprotocol.notifications.NotificationAcknowledged;
import org.leoprotocol.notifications.NotificationId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each staff member's notices. A notice is in the inbox the moment the change that caused it commits; reading the inbox
 * is audited, and acknowledging tells the module that is waiting (an escalation stops climbing).
 */
@Service
public class Inbox {

	static final int SHOWN = 200;

	private final Notifications notifications;
	private final StaffDirectory staff;
	private final AuditTrail audit;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	Inbox(Notifications notifications, StaffDirectory staff, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events) {
		this.notifications = notifications;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/** Stores the notice once per cause and addressee; {@code isNew} is false when it was there already. */
	@Transactional(propagation = Propagation.MANDATORY)
	public RecordedNotice record(Notice notice, Addressee to) {
		return notifications.insert(notice, to, clock.instant())
			.map(id -> new RecordedNotice(new NotificationId(id), true))
			.orElseGet(() -> new RecordedNotice(new NotificationId(notifications.existing(notice.cause(), to)), false));
	}

	/** The reader's notices, unacknowledged first; the read is audited. */
	public List<StoredNotification> of(Actor actor) {
		StaffContact reader = reader(actor.username());
		audit.query(AuditAction.SEARCH, "notifications", "Notification",
				Sentence.ofText("audit.detail.search.inbox", reader.username()));
		return notifications.of(reader.accountId(), SHOWN);
	}

	public long unacknowledged(Actor actor) {
		return staff.contactOf(actor.username()).map(reader -> notifications.unacknowledged(reader.accountId()))
			.orElse(0L);
	}

	/**
	 * Acknowledges one of the reader's own notices. Acknowledging again changes nothing and returns the notice as first
	 * acknowledged; someone else's notice is as unknown as one that does not exist.
	 */
	@Transactional
	public StoredNotification acknowledge(UUID id, Actor actor) {
		StaffContact reader = reader(actor.username());
		StoredNotification notice = notifications.find(id).filter(found -> reader.accountId().equals(found.accountId()))
			.orElseThrow(() -> new UnknownNotificationRefused(id));
		if (!notifications.acknowledge(id, reader.username(), clock.instant())) {
			return notice;
		}
		audit.access(AuditAction.UPDATE, "notifications", RecordReference.of("Notification", id),
				Sentence.of("audit.detail.notification.acknowledged"));
		StoredNotification acknowledged = notifications.find(id).orElseThrow();
		events.publishEvent(new NotificationAcknowledged(acknowledged.id(), acknowledged.cause(), reader.accountId(),
				reader.username(), acknowledged.acknowledgedAt()));
		return acknowledged;
	}

	private StaffContact reader(String username) {
		return staff.contactOf(username)
			.orElseThrow(() -> new RecipientRefused("notifications.refused.account", username));
	}
}
