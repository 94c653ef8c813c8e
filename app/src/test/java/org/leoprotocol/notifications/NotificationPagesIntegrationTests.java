package org.leoprotocol.notifications;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.leoprotocol.notifications.NotificationFixtures.aNotice;
import static org.leoprotocol.notifications.NotificationFixtures.aSergeant;
import static org.leoprotocol.notifications.NotificationFixtures.accountOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The inbox page, the header count, the choice of channels and the mail address on the accounts page. */
@LeoIntegrationTest
class NotificationPagesIntegrationTests {

	@Autowired
	NotificationDesk desk;
	@Autowired
	StaffDirectory staff;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;
	@Autowired
	MockMvc mvc;

	@BeforeEach
	void setClock() {
		clock.set(Instant.parse("2026-12-05T11:00:00Z"));
	}

	@Test
	void aSergeantReadsAcknowledgesAndSeesTheCountFall() throws Exception {
		String sergeant = aSergeant(staff, false);
		NotificationId id = send(sergeant, NoticeKind.ESCALATION, false);

		mvc.perform(get("/staff/notifications").with(as(sergeant))).andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Test notice from Miller"), containsString("Not acknowledged"),
						containsString("/staff/notifications/" + id.value() + "/acknowledge"),
						containsString("aria-live=\"polite\""))));
		mvc.perform(get("/staff/notifications/count").with(as(sergeant))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 unread"), containsString("hx-trigger=\"every 5s\""))));
		mvc.perform(get("/staff/notifications/count?shown=1&since=" + clock.millis()).with(as(sergeant)))
			.andExpect(status().isNoContent());

		mvc.perform(post("/staff/notifications/" + id.value() + "/acknowledge").with(as(sergeant)))
			.andExpect(redirectedUrl("/staff/notifications?notice=acknowledged"));
		mvc.perform(get("/staff/notifications/count?shown=1&since=" + clock.millis()).with(as(sergeant)))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("unread"))));
		mvc.perform(get("/staff/notifications").with(as(sergeant)).header("Accept-Language", "es"))
			.andExpect(content().string(containsString("Confirmado por " + sergeant)));
	}

	@Test
	void theCountStopsAskingSoThatAnUnattendedScreenStillSignsOut() throws Exception {
		String sergeant = aSergeant(staff, false);
		long loaded = clock.millis();
		clock.advance(Duration.ofMinutes(16));
		mvc.perform(get("/staff/notifications/count?shown=0&since=" + loaded).with(as(sergeant)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("hx-trigger"))));
	}

	@Test
	void anUnknownNotificationOnThePageIsNotFoundInTheReadersLanguage() throws Exception {
		String sergeant = aSergeant(staff, false);
		mvc.perform(post("/staff/notifications/" + java.util.UUID.randomUUID() + "/acknowledge").with(as(sergeant))
			.header("Accept-Language", "es")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("no está en su bandeja")));
	}

	@Test
	void aMutedKindIsNotMailedButAnUnmuteableEscalationIs() throws Exception {
		String sergeant = aSergeant(staff, true);
		mvc.perform(get("/staff/notifications/preferences").with(as(sergeant))).andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be muted")));
		mvc.perform(post("/staff/notifications/preferences").with(as(sergeant)).param("email", "HEARING")
			.param("language", "es"))
			.andExpect(redirectedUrl("/staff/notifications/preferences?saved"));

		NotificationId deadline = send(sergeant, NoticeKind.DEADLINE, true);
		NotificationId escalation = send(sergeant, NoticeKind.ESCALATION, false);

		assertThat(channels(deadline)).containsExactly("INBOX");
		assertThat(channels(escalation)).contains("INBOX", "EMAIL");
	}

	@Test
	void anAdministratorGivesAStaffMemberAMailAddress() throws Exception {
		String sergeant = aSergeant(staff, false);
		mvc.perform(post("/staff/accounts/" + sergeant + "/email").param("email", sergeant + "@city.example")
			.with(StaffAccountsForTests.as(staff, Role.ADMIN))).andExpect(redirectedUrl("/staff/accounts"));
		assertThat(staff.contactOf(sergeant).orElseThrow().email()).isEqualTo(sergeant + "@city.example");
		mvc.perform(post("/staff/accounts/" + sergeant + "/email").param("email", "not an address")
			.with(StaffAccountsForTests.as(staff, Role.ADMIN))).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not an email address")));
	}

	private NotificationId send(String username, NoticeKind kind, boolean muteable) {
		return transactions
			.execute(status -> desk.send(aNotice(new Recipient.Account(accountOf(staff, username)), kind, muteable)));
	}

	private java.util.List<String> channels(NotificationId id) {
		return jdbc.sql("select channel from notification_delivery where notification_id = :id order by channel")
			.param("id", id.value()).query(String.class).list();
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, StaffAccountsForTests.PASSWORD);
	}
}
