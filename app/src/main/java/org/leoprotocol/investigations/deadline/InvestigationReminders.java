package org.leoprotocol.investigations.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.leoprotocol.notifications.NotificationDesk;
import org.leoprotocol.shared.reminder.ReminderLedger;

import org.springframework.stereotype.Component;

/**
 * Sends the reminders of statutory deadlines and hearings that have come due. It runs every minute
 * ({@code leo.deadlines.sweep-interval}) on one node of the cluster ({@link ReminderJobs}); the ledger would still send
 * each reminder once if two nodes swept at the same time.
 */
@Component
class InvestigationReminders {

	private final StatutoryReminderPolicy statutory;
	private final HearingReminderPolicy hearings;
	private final ReminderLedger ledger;
	private final NotificationDesk desk;
	private final Clock clock;

	InvestigationReminders(StatutoryReminderPolicy statutory, HearingReminderPolicy hearings, ReminderLedger ledger,
			NotificationDesk desk,
			Clock clock) {
		this.statutory = statutory;
		this.hearings = hearings;
		this.ledger = ledger;
		this.desk = desk;
		this.clock = clock;
	}

	/**
	 * Sends what is due now, a page of cases or hearings at a time; returns how many reminders were sent (each to all
	 * its recipients).
	 */
	int remindDue() {
		Instant now = clock.instant();
		AtomicInteger sent = new AtomicInteger();
		statutory.due(now, page -> sent.addAndGet(ledger.remind(page, desk::sendAll, now)));
		hearings.due(now, page -> sent.addAndGet(ledger.remind(page, desk::sendAll, now)));
		return sent.get();
	}
}
