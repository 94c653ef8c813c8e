package org.leoprotocol.earlywarning.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.leoprotocol.notifications.NotificationDesk;
import org.leoprotocol.shared.reminder.ReminderLedger;

import org.springframework.stereotype.Component;

/**
 * Sends the reminders of flags' follow-ups that have come due. It runs every minute
 * ({@code leo.deadlines.sweep-interval}) on one node of the cluster ({@link FollowUpJobs}); the ledger would still send
 * each reminder once if two nodes swept at the same time.
 */
@Component
class FollowUpReminders {

	private final FlagFollowUpReminderPolicy policy;
	private final ReminderLedger ledger;
	private final NotificationDesk desk;
	private final Clock clock;

	FollowUpReminders(FlagFollowUpReminderPolicy policy, ReminderLedger ledger, NotificationDesk desk, Clock clock) {
		this.policy = policy;
		this.ledger = ledger;
		this.desk = desk;
		this.clock = clock;
	}

	/** Sends what is due now, a page of follow-ups at a time; returns how many reminders were sent. */
	int remindDue() {
		Instant now = clock.instant();
		AtomicInteger sent = new AtomicInteger();
		policy.due(now, page -> sent.addAndGet(ledger.remind(page, desk::sendAll, now)));
		return sent.get();
	}
}
