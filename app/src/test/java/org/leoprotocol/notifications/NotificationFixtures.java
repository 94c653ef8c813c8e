package org.leoprotocol.notifications;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

/** Fresh staff, officers and notices for notification tests; every name, badge and cause is new. */
public final class NotificationFixtures {

	public static final String UNIT = "NOTIFY-SQUAD";

	private NotificationFixtures() {
	}

	public static String suffix() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

	/** A sergeant's account, with a mail address when {@code email} is true; returns the user name. */
	public static String aSergeant(StaffDirectory staff, boolean email) {
		String username = "sgt-" + suffix();
		staff.ensureAccount(new NewStaffAccount(username, "Sergeant " + username, null, Set.of(Role.SUPERVISOR),
				StaffAccountsForTests.PASSWORD));
		if (email) {
			staff.setEmail(username, addressOf(username));
		}
		return username;
	}

	public static UUID accountOf(StaffDirectory staff, String username) {
		return staff.contactOf(username).orElseThrow().accountId();
	}

	public static OfficerId anOfficer(Roster roster) {
		roster.establishUnit(UNIT, "Notification test squad", null);
		String badge = "N" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
		return roster
			.enlist(new NewOfficer(badge, "Nora", "Notified", "Sergeant", UNIT, LocalDate.of(2015, 3, 1), null));
	}

	/** The mails that reached the address so far. */
	public static List<MimeMessage> mailsTo(GreenMail server, String address) {
		return Arrays.stream(server.getReceivedMessages()).filter(mail -> {
			try {
				return GreenMailUtil.getAddressList(mail.getAllRecipients()).contains(address);
			}
			catch (MessagingException unreadable) {
				return false;
			}
		}).toList();
	}

	public static String addressOf(String username) {
		return username + "@leo.test";
	}

	public static Notice aNotice(Recipient to, NoticeKind kind, boolean muteable) {
		return new Notice(to, kind, "test:" + suffix(), "notifications.test.subject", List.of("Miller"),
				"/staff/incidents",
				muteable);
	}
}
