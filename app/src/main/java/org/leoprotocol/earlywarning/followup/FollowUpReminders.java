package org.leoprotocol.earlywarning.followup;

import java.time.Clock;
import java.time.Instant;

import org.leoprotocol.notifications.NotificationDesk;
import org.leoprotocol.shared.reminder.ReminderLedger;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the reminders of flags' follow-ups that have come due. It runs every minute
 * ({@code leo.deadlines.sweep-interval}) on every node: the ledger sends each reminder once, whichever node finds it.
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

	@Scheduled(initialDelayString = "${leo.deadlines.sweep-interval:PT1M}",
			fixedDelayString = "${leo.deadlines.sweep-interval:PT1M}")
	void sweep() {
		remindDue();
	}

	/** Sends what is due now; returns how many reminders were sent. */
	int remindDue() {
		Instant now = clock.instant();
		return ledger.remind(policy.due(now), desk::sendAll, now);
	}
}
