package org.leoprotocol.notifications.delivery;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.notifications.NotificationDesk;
import org.leoprotocol.notifications.NotificationId;
import org.leoprotocol.notifications.Recipient;
import org.leoprotocol.notifications.delivery.WorkerSettings;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.leoprotocol.notifications.NotificationFixtures.aNotice;
import static org.leoprotocol.notifications.NotificationFixtures.aSergeant;
import static org.leoprotocol.notifications.NotificationFixtures.accountOf;
import static org.leoprotocol.notifications.NotificationFixtures.addressOf;
import static org.leoprotocol.notifications.NotificationFixtures.mailsTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Workers deliver each notice once per channel, take over what a dead node had claimed once its lease runs out (but not
 * what a live node is still carrying), and keep retrying while the mail server is down, which administrators see on the
 * failures page meanwhile. Tests that stand up their own nodes stop this node's worker meanwhile, as if it were another
 * machine, and start it again afterwards.
 */
@LeoIntegrationTest
class DeliveryWorkerIntegrationTests {

	static final WorkerSettings SETTINGS = new WorkerSettings(Duration.ofMillis(500), Duration.ofSeconds(15), 4);

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
	GreenMail mailServer;
	@Autowired
	DeliveryWorker thisNode;
	@Autowired
	Deliveries deliveries;
	@Autowired
	DeliveryOutcomes outcomes;
	@Autowired
	Wakeup wakeup;
	@Autowired
	NoticeText text;
	@Autowired
	List<Courier> couriers;
	@Autowired
	MockMvc mvc;

	/**
	 * After every delivery the shared context already holds (other tests' clocks vary), so this test's deliveries are
	 * the newest on the administrator's list.
	 */
	@BeforeEach
	void setClock() {
		Instant latest = jdbc.sql("select coalesce(max(created_at), 'epoch') from notification_delivery")
			.query(java.sql.Timestamp.class).single().toInstant();
		Instant start = Instant.parse("2026-12-05T09:00:00Z");
		clock.set(latest.isAfter(start) ? latest.plus(Duration.ofMinutes(1)) : start);
	}

	@AfterEach
	void restartThisNode() {
		thisNode.start();
	}

	@Test
	void aCommittedNoticeIsMailedWellWithinASecondAndOnlyOnce() {
		String sergeant = aSergeant(staff, true);
		NotificationId id = send(sergeant);

		await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
			.until(() -> mailsTo(mailServer, addressOf(sergeant)).size() == 1);
		await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
			.until(() -> "DELIVERED".equals(delivery(id).get("state")));
		assertThat(mailsTo(mailServer, addressOf(sergeant))).hasSize(1);
		assertThat(delivery(id)).containsEntry("attempts", 1);
	}

	@Test
	void aDeliveryClaimedByANodeThatDiedIsTakenOverWhenItsLeaseRunsOut() throws Exception {
		thisNode.stop();
		String sergeant = aSergeant(staff, true);
		NotificationId id = send(sergeant);
		List<DueDelivery> claimedByTheDeadNode = deliveries.claim("dead-node", clock.instant(), SETTINGS.lease(), 100);
		assertThat(claimedByTheDeadNode).extracting(DueDelivery::notification).contains(id);
		DeliveryWorker survivor = node("survivor", couriers);

		survivor.runOnce();
		assertThat(delivery(id)).containsEntry("state", "QUEUED").containsEntry("claimed_by", "dead-node");

		clock.advance(SETTINGS.lease());
		survivor.runOnce();
		assertThat(delivery(id)).containsEntry("state", "DELIVERED").containsEntry("attempts", 2);
		assertThat(mailsTo(mailServer, addressOf(sergeant))).hasSize(1);

		DueDelivery late = claimedByTheDeadNode.stream().filter(d -> d.notification().equals(id)).findFirst()
			.orElseThrow();
		outcomes.failed(late, "dead-node", "too late");
		assertThat(delivery(id)).containsEntry("state", "DELIVERED");
	}

	@Test
	void aLiveNodeCarryingASlowMailRenewsItsLeaseSoNoOtherNodeSendsItAgain() throws Exception {
		thisNode.stop();
		String sergeant = aSergeant(staff, true);
		NotificationId id = send(sergeant);
		Courier mail = couriers.stream().filter(courier -> courier.channel() == Channel.EMAIL).findFirst()
			.orElseThrow();
		CountDownLatch accepted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Courier slowMail = new Courier() {

			@Override
			public Channel channel() {
				return Channel.EMAIL;
			}

			@Override
			public void deliver(DueDelivery delivery) throws Exception {
				accepted.countDown();
				release.await(10, TimeUnit.SECONDS);
				mail.deliver(delivery);
			}
		};
		DeliveryWorker slow = node("slow", List.of(slowMail));
		DeliveryWorker other = node("other", couriers);
		Thread carrying = new Thread(() -> {
			try {
				slow.runOnce();
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
			}
		});
		carrying.start();
		assertThat(accepted.await(5, TimeUnit.SECONDS)).isTrue();

		clock.advance(SETTINGS.lease().minusSeconds(1));
		slow.renewLeases();
		clock.advance(Duration.ofSeconds(2));
		other.runOnce();
		assertThat((String) delivery(id).get("claimed_by")).startsWith("slow-");

		release.countDown();
		carrying.join(10_000);
		assertThat(delivery(id)).containsEntry("state", "DELIVERED").containsEntry("attempts", 1);
		assertThat(mailsTo(mailServer, addressOf(sergeant))).hasSize(1);
	}

	@Test
	void whileTheMailServerIsDownTheMailWaitsAndIsRetriedWithBackoff() throws Exception {
		thisNode.stop();
		String sergeant = aSergeant(staff, true);
		NotificationId id = send(sergeant);
		DeliveryWorker cutOff = node("cut-off",
				List.of(new EmailCourier(() -> unreachableMailServer(), staff, text, "leo@leo.test")));

		cutOff.runOnce();
		assertThat(delivery(id)).containsEntry("state", "QUEUED").containsEntry("attempts", 1);
		assertThat((String) delivery(id).get("last_error")).contains("Connect");
		String cause = jdbc.sql("select cause from notification where id = :id").param("id", id.value())
			.query(String.class).single();
		mvc.perform(
				get("/staff/notifications/deliveries?failures=true").with(StaffAccountsForTests.as(staff, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(cause), containsString("queued"), containsString("Connect"))));
		cutOff.runOnce();
		assertThat(delivery(id)).containsEntry("attempts", 1);

		clock.advance(Duration.ofSeconds(2));
		cutOff.runOnce();
		assertThat(delivery(id)).containsEntry("state", "QUEUED").containsEntry("attempts", 2);

		clock.advance(Duration.ofSeconds(4));
		thisNode.start();
		wakeup.signal();
		await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
			.until(() -> "DELIVERED".equals(delivery(id).get("state")));
		assertThat(mailsTo(mailServer, addressOf(sergeant))).hasSize(1);
	}

	private NotificationId send(String username) {
		return transactions.execute(status -> desk.send(aNotice(new Recipient.Account(accountOf(staff, username)),
				NoticeKind.ESCALATION, true)));
	}

	private DeliveryWorker node(String name, List<Courier> carriers) {
		return new DeliveryWorker(deliveries, outcomes, carriers, wakeup, clock, SETTINGS,
				name + "-" + System.nanoTime());
	}

	private Map<String, Object> delivery(NotificationId id) {
		return jdbc.sql("""
				select state, attempts, claimed_by, last_error from notification_delivery
				where notification_id = :id and channel = 'EMAIL'
				""").param("id", id.value()).query().singleRow();
	}

	private static JavaMailSenderImpl unreachableMailServer() {
		try (ServerSocket socket = new ServerSocket(0)) {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(socket.getLocalPort());
			return sender;
		}
		catch (IOException cannotHappen) {
			throw new IllegalStateException(cannotHappen);
		}
	}
}
