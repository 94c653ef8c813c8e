package org.leoprotocol.notifications;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.InvalidInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leoprotocol.notifications.NotificationFixtures.aNotice;
import static org.leoprotocol.notifications.NotificationFixtures.aSergeant;
import static org.leoprotocol.notifications.NotificationFixtures.accountOf;
import static org.leoprotocol.notifications.NotificationFixtures.anOfficer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The outbox: a notice exists exactly when its cause committed, once per cause and recipient, and never vanishes. */
@LeoIntegrationTest
class NotificationDeskIntegrationTests {

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
	MockMvc mvc;

	@BeforeEach
	void setClock() {
		clock.set(Instant.parse("2026-12-05T08:00:00Z"));
	}

	@Test
	void aNoticeNeedsTheTransactionOfItsCause() {
		String sergeant = aSergeant(staff, false);
		Notice notice = aNotice(new Recipient.Account(accountOf(staff, sergeant)), NoticeKind.DEADLINE, true);
		assertThatThrownBy(() -> desk.send(notice)).isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void aNoticeRolledBackWithItsCauseIsNeverSeen() {
		String sergeant = aSergeant(staff, false);
		Notice notice = aNotice(new Recipient.Account(accountOf(staff, sergeant)), NoticeKind.DEADLINE, true);
		transactions.executeWithoutResult(status -> {
			desk.send(notice);
			status.setRollbackOnly();
		});
		assertThat(jdbc.sql("select count(*) from notification where cause = :cause").param("cause", notice.cause())
			.query(Long.class).single()).isZero();
	}

	@Test
	void theSameCauseReachesARecipientOnceWhetherNamedAsOfficerOrAccount() throws Exception {
		OfficerId officer = anOfficer(roster);
		String username = "linked-" + NotificationFixtures.suffix();
		staff.ensureAccount(new StaffDirectory.NewStaffAccount(username, "Linked", officer.value(),
				java.util.Set.of(org.leoprotocol.shared.Role.SUPERVISOR), StaffAccountsForTests.PASSWORD));
		Notice toOfficer = aNotice(new Recipient.Officer(officer), NoticeKind.ESCALATION, false);
		Notice toAccount = new Notice(new Recipient.Account(accountOf(staff, username)), toOfficer.kind(),
				toOfficer.cause(),
				toOfficer.subjectKey(), toOfficer.arguments(), toOfficer.link(), false);

		NotificationId first = transactions.execute(status -> desk.send(toOfficer));
		NotificationId again = transactions
			.execute(status -> desk.sendAll(java.util.List.of(toAccount, toOfficer)).get(0));

		assertThat(again).isEqualTo(first);
		mvc.perform(get("/api/v1/notifications").with(httpBasic(username, StaffAccountsForTests.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(first.value().toString()))
			.andExpect(jsonPath("$[0].subject").value("Test notice from Miller"))
			.andExpect(jsonPath("$[0].acknowledgedAt").doesNotExist());
		assertThat(state(first, "INBOX")).isEqualTo("DELIVERED");
	}

	@Test
	void anOfficerWithoutAnAccountLeavesAFailedDeliveryForAdministrators() {
		OfficerId officer = anOfficer(roster);
		NotificationId id = transactions
			.execute(status -> desk.send(aNotice(new Recipient.Officer(officer), NoticeKind.ESCALATION, false)));

		assertThat(state(id, "INBOX")).isEqualTo("FAILED");
		assertThat(jdbc.sql("select last_error from notification_delivery where notification_id = :id")
			.param("id", id.value())
			.query(String.class).single()).isEqualTo("no account");
	}

	@Test
	void anUnknownRecipientIsRefusedWithAClearMessage() {
		Notice toNobody = aNotice(new Recipient.Account(UUID.randomUUID()), NoticeKind.DEADLINE, true);
		Notice toNoOfficer = aNotice(new Recipient.Officer(new OfficerId(UUID.randomUUID())), NoticeKind.DEADLINE,
				true);

		assertThatThrownBy(() -> transactions.execute(status -> desk.send(toNobody))).isInstanceOf(InvalidInput.class)
			.extracting(refused -> ((InvalidInput) refused).messageKey())
			.isEqualTo("notifications.refused.account");
		assertThatThrownBy(() -> transactions.execute(status -> desk.send(toNoOfficer)))
			.isInstanceOf(InvalidInput.class)
			.extracting(refused -> ((InvalidInput) refused).messageKey())
			.isEqualTo("notifications.refused.officer");
	}

	@Test
	void aRecipientAcknowledgesTheirOwnNoticeOnceAndNobodyElseCan() throws Exception {
		String sergeant = aSergeant(staff, false);
		String other = aSergeant(staff, false);
		NotificationId id = transactions
			.execute(status -> desk.send(aNotice(new Recipient.Account(accountOf(staff, sergeant)),
					NoticeKind.HEARING, true)));
		String acknowledge = "/api/v1/notifications/" + id.value() + "/acknowledge";

		mvc.perform(post(acknowledge).with(httpBasic(other, StaffAccountsForTests.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post(acknowledge).with(httpBasic(sergeant, StaffAccountsForTests.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledgedBy").value(sergeant))
			.andExpect(jsonPath("$.acknowledgedAt").value("2026-12-05T08:00:00Z"));
		clock.advance(java.time.Duration.ofMinutes(5));
		mvc.perform(post(acknowledge).with(httpBasic(sergeant, StaffAccountsForTests.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledgedAt").value("2026-12-05T08:00:00Z"));
		mvc.perform(post("/api/v1/notifications/" + UUID.randomUUID() + "/acknowledge")
			.with(httpBasic(sergeant, StaffAccountsForTests.PASSWORD))).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not in your inbox")));
		mvc.perform(post("/api/v1/notifications/not-an-id/acknowledge")
			.with(httpBasic(sergeant, StaffAccountsForTests.PASSWORD))).andExpect(status().isBadRequest());
	}

	private String state(NotificationId id, String channel) {
		return jdbc.sql("select state from notification_delivery where notification_id = :id and channel = :channel")
			.param("id", id.value()).param("channel", channel).query(String.class).single();
	}

	@Test
	void anAdministratorsTestNoticeToAnUnknownUserIsRefusedWith400() throws Exception {
		String sergeant = aSergeant(staff, false);
		mvc.perform(post("/api/v1/notifications/test").param("username", "nobody-" + NotificationFixtures.suffix())
			.with(StaffAccountsForTests.as(staff, org.leoprotocol.shared.Role.ADMIN)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.containsString("There is no staff account nobody-")));
		mvc.perform(post("/api/v1/notifications/test").param("username", sergeant)
			.with(StaffAccountsForTests.as(staff, org.leoprotocol.shared.Role.ADMIN))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/notifications/test").param("username", sergeant)
			.with(httpBasic(sergeant, StaffAccountsForTests.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/notifications").with(httpBasic(sergeant, StaffAccountsForTests.PASSWORD)))
			.andExpect(jsonPath("$[0].subject").value("Test notice from test-admin"));
	}
}
