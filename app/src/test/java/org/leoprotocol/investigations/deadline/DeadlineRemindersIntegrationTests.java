package org.leoprotocol.investigations.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.notifications.NotificationFixtures;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.duty.Post;
import org.leoprotocol.personnel.duty.Shift;
import org.leoprotocol.personnel.duty.ShiftDesk;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A sworn investigator's statutory deadline, swept as the clock moves: the investigator and the sergeant on duty over
 * them find each reminder in their inbox and mail once, a toll moves the reminders to the new date, and the day the
 * deadline passes says so.
 */
@LeoIntegrationTest
class DeadlineRemindersIntegrationTests {

	static final Instant OPENED = Instant.parse("2032-01-12T16:00:00Z");

	@Autowired
	MockMvc mvc;
	@Autowired
	MutableClock clock;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	Investigations investigations;
	@Autowired
	Investigators investigators;
	@Autowired
	ShiftDesk shifts;
	@Autowired
	CaseDeadlines deadlines;
	@Autowired
	InvestigationReminders reminders;
	@Autowired
	GreenMail mail;

	String detective;
	String sergeant;
	Investigation investigation;

	@BeforeEach
	void aDetectiveOnACaseAndTheirSergeantOnDuty() {
		clock.set(OPENED);
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
		UUID squad = roster.establishUnit("DLR-" + suffix, "Detective squad " + suffix, null);
		detective = account("det-" + suffix, enlist("DD" + suffix, "Detective", "DLR-" + suffix), Role.INVESTIGATOR);
		OfficerId sergeantOfficer = enlist("DS" + suffix, "Sergeant", "DLR-" + suffix);
		sergeant = account("sgt-" + suffix, sergeantOfficer, Role.SUPERVISOR);
		shifts.add(new Shift(UUID.randomUUID(), sergeantOfficer, squad, Post.SUPERVISOR, OPENED,
				OPENED.plus(Duration.ofDays(400))), Actor.staff("test"));
		investigators.register(detective, "Detective " + suffix, "DD" + suffix);
		investigation = investigations.assign(DeadlineFixtures.aCase(investigations, roster).id(), detective);
		await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(mailed(detective, "assigned")).as("the assignment is mailed before the clock moves on")
				.hasSize(1);
			assertThat(mailed(sergeant, "assigned")).hasSize(1);
		});
	}

	@Test
	void thirtyDaysBeforeTheInvestigatorAndTheSergeantAreToldOnceInInboxAndMail() throws Exception {
		clock.set(investigation.dueAt().minus(Duration.ofDays(30)));
		reminders.remindDue();
		reminders.remindDue();

		String cause = cause(investigation.dueAt(), "P30D");
		assertThat(inbox(detective, cause)).hasSize(1);
		assertThat(inbox(sergeant, cause)).hasSize(1);
		await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(mailed(detective, "statutory deadline")).hasSize(1);
			assertThat(mailed(sergeant, "statutory deadline")).hasSize(1);
		});
		reminders.remindDue();
		assertThat(inbox(sergeant, cause)).hasSize(1);
	}

	@Test
	void aTollMovesTheDeadlineAndTheNextReminderFollowsTheNewDate() throws Exception {
		clock.set(investigation.dueAt().minus(Duration.ofDays(30)));
		reminders.remindDue();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		ClockAdjustment toll = deadlines.toll(investigation.id(), DeadlineClock.STATUTORY, today, today.plusDays(9),
				new DeadlineAuthority("Officer on military leave", "Chief of Police", "Order 32-4"),
				Actor.staff("test-command"));
		assertThat(toll.dueAfter()).isEqualTo(investigation.dueAt().plus(Duration.ofDays(10)));

		clock.set(investigation.dueAt().minus(Duration.ofDays(14)));
		reminders.remindDue();
		assertThat(inbox(detective, cause(investigation.dueAt(), "P14D"))).isEmpty();

		clock.set(toll.dueAfter().minus(Duration.ofDays(14)));
		reminders.remindDue();
		assertThat(inbox(detective, cause(toll.dueAfter(), "P14D"))).hasSize(1);
		assertThat(inbox(sergeant, cause(toll.dueAfter(), "P14D"))).hasSize(1);
	}

	@Test
	void theDayTheDeadlinePassesTheReminderSaysItPassed() throws Exception {
		clock.set(investigation.dueAt().plus(Duration.ofMinutes(1)));
		reminders.remindDue();

		List<String> subjects = inbox(sergeant, cause(investigation.dueAt(), "P0D"));
		assertThat(subjects).singleElement().asString().contains("passed on").contains(investigation.caseNumber());
	}

	private String cause(Instant due, String lead) {
		return "deadline:" + investigation.id() + ":statutory:" + LocalDate.ofInstant(due, ZoneOffset.UTC) + ":" + lead;
	}

	/** The subjects of the mails to the staff member that say this. */
	private List<String> mailed(String username, String saying) {
		return NotificationFixtures.mailsTo(mail, NotificationFixtures.addressOf(username)).stream().map(message -> {
			try {
				return message.getSubject();
			}
			catch (jakarta.mail.MessagingException unreadable) {
				return "";
			}
		}).filter(subject -> subject.contains(saying)).toList();
	}

	/** The subjects of the notices with this cause in the staff member's inbox. */
	private List<String> inbox(String username, String cause) throws Exception {
		String json = mvc
			.perform(get("/api/v1/notifications").with(httpBasic(username, StaffAccountsForTests.PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$[?(@.cause == '" + cause + "')].subject");
	}

	private OfficerId enlist(String badge, String rank, String unit) {
		return roster.enlist(new NewOfficer(badge, "Dee", "Lines" + badge, rank, unit, LocalDate.of(2012, 5, 1), null));
	}

	private String account(String username, OfficerId officer, Role role) {
		staff.ensureAccount(new StaffDirectory.NewStaffAccount(username, username, officer.value(), Set.of(role),
				StaffAccountsForTests.PASSWORD));
		staff.setEmail(username, NotificationFixtures.addressOf(username));
		return username;
	}
}
