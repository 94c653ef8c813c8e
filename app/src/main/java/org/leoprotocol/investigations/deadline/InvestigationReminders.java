package org.leoprotocol.investigations.deadline;

import java.time.Clock;
import java.time.Instant;

import org.leoprotocol.notifications.NotificationDesk;
import org.leoprotocol.shared.reminder.ReminderLedger;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the reminders of statutory deadlines and hearings that have come due. It runs every minute
 * ({@code leo.deadlines.sweep-interval}) on every node: the ledger sends each reminder once, whichever node finds it.
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

	@Scheduled(initialDelayString = "${leo.deadlines.sweep-interval:PT1M}",
			fixedDelayString = "${leo.deadlines.sweep-interval:PT1M}")
	void sweep() {
		remindDue();
	}

	/** Sends what is due now; returns how many reminders were sent (each to all its recipients). */
	int remindDue() {
		Instant now = clock.instant();
		return ledger.remind(statutory.due(now), desk::sendAll, now)
				+ ledger.remind(hearings.due(now), desk::sendAll, now);
	}
}
