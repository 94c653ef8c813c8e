package org.leoprotocol.earlywarning.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.earlywarning.EarlyWarning;
import org.leoprotocol.earlywarning.Flag;
import org.leoprotocol.earlywarning.FlagReview;
import org.leoprotocol.earlywarning.PerformanceEntries;
import org.leoprotocol.notifications.Notice;
import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.notifications.Recipient;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.reminder.DueReminder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@LeoIntegrationTest
class FlagFollowUpReminderPolicyIntegrationTests {

	static final Instant NOW = Instant.parse("2031-04-01T09:00:00Z");

	@Autowired
	MutableClock clock;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	EarlyWarning earlyWarning;

	@Autowired
	PerformanceEntries entries;
	@Autowired
	FlagReview review;
	@Autowired
	FlagFollowUpReminderPolicy policy;
	@Autowired
	FollowUpReminders reminders;
	@Autowired
	MockMvc mvc;

	String badge;
	String sergeant;
	Flag flag;

	@BeforeEach
	void aFlagWithAFollowUpInTenDays() {
		clock.set(NOW);
		badge = "FU" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
		OfficerId officer = roster
			.enlist(new NewOfficer(badge, "Follow", "Up" + badge, "Police Officer", null, null, null));
		flag = entries
			.recordProtocolFinding(officer, LocalDate.of(2031, 3, 30), "ENGAGEMENT_GAP", "late first engagement", null,
					Actor.staff("test"))
			.orElseThrow();
		sergeant = "sgt-" + badge.toLowerCase(Locale.ROOT);
		staff.ensureAccount(new StaffDirectory.NewStaffAccount(sergeant, "Sergeant " + badge, null,
				Set.of(Role.SUPERVISOR), "a-password-for-tests"));
		review.acknowledge(flag.id(), Actor.staff(sergeant, Role.SUPERVISOR));
		review.planIntervention(flag.id(), "Ride-along with the sergeant", LocalDate.of(2031, 4, 11),
				Actor.staff(sergeant, Role.SUPERVISOR));
	}

	@Test
	void theReviewingSupervisorIsRemindedAWeekBeforeAndOnTheDay() {
		assertThat(mine(policy.due(NOW))).isEmpty();

		DueReminder<Notice> weekBefore = mine(policy.due(Instant.parse("2031-04-04T00:00:00Z"))).orElseThrow();
		assertThat(weekBefore.cause()).isEqualTo("flag-follow-up:" + flag.id() + ":2031-04-11:P7D");
		List<Notice> notices = weekBefore.notices().get();
		assertThat(notices).singleElement().satisfies(notice -> {
			assertThat(notice.recipient())
				.isEqualTo(new Recipient.Account(staff.contactOf(sergeant).orElseThrow().accountId()));
			assertThat(notice.kind()).isEqualTo(NoticeKind.FLAG_FOLLOW_UP);
			assertThat(notice.arguments()).containsExactly(badge, "2031-04-11", "7");
		});

		DueReminder<Notice> onTheDay = mine(
				policy.due(LocalDate.of(2031, 4, 11).atStartOfDay(ZoneOffset.UTC).toInstant()))
			.orElseThrow();
		assertThat(onTheDay.cause()).endsWith(":2031-04-11:P0D");
		assertThat(onTheDay.notices().get().get(0).subjectKey()).isEqualTo("earlywarning.followUp.reminder.today");
	}

	@Test
	void aClosedFlagIsNotReminded() {
		review.close(flag.id(), "Improved", Actor.staff(sergeant, Role.SUPERVISOR));
		assertThat(mine(policy.due(NOW.plus(Duration.ofDays(9))))).isEmpty();
	}

	@Test
	void theSweepPutsTheFollowUpInTheReviewingSupervisorsInboxOnce() throws Exception {
		clock.set(Instant.parse("2031-04-10T08:00:00Z"));
		reminders.remindDue();
		reminders.remindDue();

		String json = mvc
			.perform(get("/api/v1/notifications").with(httpBasic(sergeant, StaffAccountsForTests.PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		List<String> kinds = JsonPath.read(json,
				"$[?(@.cause == 'flag-follow-up:" + flag.id() + ":2031-04-11:P1D')].kind");
		assertThat(kinds).containsExactly("FLAG_FOLLOW_UP");
	}

	private java.util.Optional<DueReminder<Notice>> mine(List<DueReminder<Notice>> due) {
		UUID id = flag.id();
		return due.stream().filter(reminder -> reminder.cause().contains(id.toString())).findFirst();
	}
}
