package org.leoprotocol.notifications.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.notifications.NotificationDesk;
import org.leoprotocol.notifications.NotificationFixtures;
import org.leoprotocol.notifications.NotificationId;
import org.leoprotocol.notifications.Recipient;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.leoprotocol.notifications.NotificationFixtures.aNotice;
import static org.leoprotocol.notifications.NotificationFixtures.aSergeant;
import static org.leoprotocol.notifications.NotificationFixtures.accountOf;
import static org.leoprotocol.notifications.NotificationFixtures.addressOf;
import static org.leoprotocol.notifications.NotificationFixtures.mailsTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What administrators see of deliveries and receivers, and how they put a failed delivery right. */
@LeoIntegrationTest
class DeliveriesPagesIntegrationTests {

	@Autowired
	NotificationDesk desk;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;
	@Autowired
	GreenMail mailServer;
	@Autowired
	MockMvc mvc;

	@BeforeEach
	void setClock() {
		clock.set(Instant.parse("2026-12-05T12:00:00Z"));
	}

	@Test
	void aFailureIsListedWithItsReasonAndRetriedOnceItsCauseIsFixed() throws Exception {
		String sergeant = aSergeant(staff, false);
		var notice = aNotice(new Recipient.Account(accountOf(staff, sergeant)), NoticeKind.DEADLINE, true);
		NotificationId id = transactions.execute(status -> desk.send(notice));
		String delivery = jdbc
			.sql("select id from notification_delivery where notification_id = :id and channel = 'EMAIL'")
			.param("id", id.value()).query(String.class).single();

		mvc.perform(get("/staff/notifications/deliveries?failures=true").with(admin())).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(notice.cause()), containsString("no email address"),
					containsString("/staff/notifications/deliveries/" + delivery + "/retry"))));

		staff.setEmail(sergeant, addressOf(sergeant));
		mvc.perform(post("/staff/notifications/deliveries/" + delivery + "/retry").with(admin()))
			.andExpect(redirectedUrl("/staff/notifications/deliveries?failures=true&retried"));
		await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
			.until(() -> mailsTo(mailServer, addressOf(sergeant)).size() == 1);
	}

	@Test
	void anOfficerWithoutAnAccountShowsAsAFailureNobodyCanRetryByMail() throws Exception {
		var officer = NotificationFixtures.anOfficer(roster);
		var notice = aNotice(new Recipient.Officer(officer), NoticeKind.ESCALATION, false);
		transactions.execute(status -> desk.send(notice));

		mvc.perform(get("/staff/notifications/deliveries?failures=true").with(admin()))
			.andExpect(content().string(allOf(containsString(notice.cause()),
					containsString("officer " + officer.value() + ", no account"))));
	}

	@Test
	void onlyAdministratorsSeeDeliveriesAndAnUnknownOneIsNotFound() throws Exception {
		mvc.perform(get("/staff/notifications/deliveries").with(StaffAccountsForTests.as(staff, Role.SUPERVISOR)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staff/notifications/deliveries/" + UUID.randomUUID() + "/retry").with(admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAdministratorRegistersAReceiverWhoseSecretIsNeverShownAgain() throws Exception {
		String name = "Pager " + NotificationFixtures.suffix();
		mvc.perform(post("/staff/notifications/webhooks").with(admin()).param("name", name)
			.param("url", "https://pager.invalid/hook")
			.param("secret", "short")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("at least 16 characters")));
		mvc.perform(post("/staff/notifications/webhooks").with(admin()).param("name", name)
			.param("url", "https://pager.invalid/hook")
			.param("secret", "a-very-secret-pager-key"))
			.andExpect(redirectedUrl("/staff/notifications/webhooks?registered"));
		String id = jdbc.sql("select id from notification_webhook where name = :name").param("name", name)
			.query(String.class).single();
		try {
			mvc.perform(get("/staff/notifications/webhooks").with(admin())).andExpect(status().isOk())
				.andExpect(
						content().string(allOf(containsString(name), not(containsString("a-very-secret-pager-key")))));
		}
		finally {
			mvc.perform(
					post("/staff/notifications/webhooks/" + id + "/enabled").param("enabled", "false").with(admin()))
				.andExpect(redirectedUrl("/staff/notifications/webhooks"));
		}
	}

	private RequestPostProcessor admin() {
		return StaffAccountsForTests.as(staff, Role.ADMIN);
	}
}
