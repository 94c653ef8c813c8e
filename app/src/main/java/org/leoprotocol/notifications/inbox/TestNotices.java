package org.leoprotocol.notifications.inbox;

import java.time.Clock;
import java.util.List;

import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.notifications.Notice;
import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.notifications.NotificationDesk;
import org.leoprotocol.notifications.NotificationId;
import org.leoprotocol.notifications.Recipient;
import org.leoprotocol.notifications.web.NotificationRoutes;
import org.leoprotocol.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test notice an administrator sends to a staff member, to check that their inbox, mail and the department's pager
 * reach them (for example after configuring the mail server). It is muteable and names who sent it.
 */
@Service
class TestNotices {

	private final NotificationDesk desk;
	private final StaffDirectory staff;
	private final Clock clock;

	TestNotices(NotificationDesk desk, StaffDirectory staff, Clock clock) {
		this.desk = desk;
		this.staff = staff;
		this.clock = clock;
	}

	@Transactional
	public NotificationId send(String username, Actor sentBy) {
		var to = staff.contactOf(username)
			.orElseThrow(() -> new RecipientRefused("notifications.refused.account", username));
		return desk.send(new Notice(new Recipient.Account(to.accountId()), NoticeKind.CASE_ASSIGNMENT,
				"test:" + sentBy.username() + ":" + clock.instant().toEpochMilli(), "notifications.test.subject",
				List.of(sentBy.username()),
				NotificationRoutes.INBOX, true));
	}
}
