package org.leoprotocol.investigations.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.FindingStage;
import org.leoprotocol.investigations.Hearing;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.investigations.ReviewBoard;
import org.leoprotocol.notifications.Notice;
import org.leoprotocol.notifications.NoticeKind;
import org.leoprotocol.notifications.Recipient;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.reminder.DueReminder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The statutory and hearing reminder policies on real cases, for a civilian investigator (who answers to command), and
 * a hearing's reminder swept into a board member's inbox.
 */
@LeoIntegrationTest
class CaseReminderPoliciesIntegrationTests {

	static final Instant OPENED = Instant.parse("2031-05-04T14:00:00Z");

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
	ReviewBoard board;
	@Autowired
	StatutoryReminderPolicy statutory;
	@Autowired
	HearingReminderPolicy hearings;
	@Autowired
	InvestigationReminders reminders;
	@Autowired
	MockMvc mvc;

	String investigator;
	Investigation investigation;

	@BeforeEach
	void aCaseWithACivilianInvestigator() {
		clock.set(OPENED);
		investigator = "civ-" + UUID.randomUUID().toString().substring(0, 8);
		staff.ensureAccount(new StaffDirectory.NewStaffAccount(investigator, "Civilian investigator", null,
				Set.of(Role.INVESTIGATOR),
				StaffAccountsForTests.PASSWORD));
		investigators.register(investigator, "Civilian investigator", null);
		investigation = investigations.assign(DeadlineFixtures.aCase(investigations, roster).id(), investigator);
	}

	@Test
	void aCivilianInvestigatorsDeadlineRemindsThemAndCommand() {
		StaffAccountsForTests.ensure(staff, Role.COMMAND);
		assertThat(mine(statutory.due(investigation.dueAt().minus(Duration.ofDays(31))), investigation.id().toString()))
			.isEmpty();

		DueReminder<Notice> reminder = mine(statutory.due(investigation.dueAt().minus(Duration.ofDays(30))),
				investigation.id().toString())
			.orElseThrow();
		List<Notice> notices = reminder.notices().get();
		assertThat(notices).extracting(Notice::recipient).contains(account(investigator), account("test-command"));
		assertThat(notices).allSatisfy(notice -> {
			assertThat(notice.kind()).isEqualTo(NoticeKind.DEADLINE);
			assertThat(notice.cause()).isEqualTo(reminder.cause());
			assertThat(notice.link()).isEqualTo("/staff/investigations/" + investigation.id());
		});
	}

	@Test
	void aHearingRemindsTheInvestigatorAndTheBoard() {
		String member = aBoardMember();
		Hearing hearing = board.hold(closed(), Hearing.Purpose.BOARD_REVIEW, null, OPENED.plus(Duration.ofDays(10)),
				List.of(new Hearing.Attendee("Board member", "board member")), "The case file", "To be held",
				Actor.staff("test-command"));

		DueReminder<Notice> weekBefore = mine(hearings.due(OPENED.plus(Duration.ofDays(3))), hearing.id().toString())
			.orElseThrow();
		assertThat(weekBefore.cause()).isEqualTo("hearing:" + hearing.id() + ":2031-05-14:P7D");
		assertThat(weekBefore.notices().get()).extracting(Notice::recipient).contains(account(investigator),
				account(member));
		assertThat(mine(hearings.due(OPENED.plus(Duration.ofDays(10)).minusSeconds(3600)), hearing.id().toString())
			.orElseThrow().cause())
			.endsWith(":P0D");
		assertThat(mine(hearings.due(OPENED.plus(Duration.ofDays(11))), hearing.id().toString())).isEmpty();
	}

	@Test
	void theSweepPutsAComingHearingInTheBoardMembersInbox() throws Exception {
		String member = aBoardMember();
		Hearing hearing = board.hold(closed(), Hearing.Purpose.BOARD_REVIEW, null, OPENED.plus(Duration.ofDays(2)),
				List.of(new Hearing.Attendee("Board member", "board member")), "The case file", "To be held",
				Actor.staff("test-command"));
		clock.set(OPENED.plus(Duration.ofDays(1)));
		reminders.remindDue();

		String json = mvc.perform(get("/api/v1/notifications").with(httpBasic(member, StaffAccountsForTests.PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		List<String> subjects = JsonPath.read(json,
				"$[?(@.cause == 'hearing:" + hearing.id() + ":2031-05-06:P1D')].subject");
		assertThat(subjects).singleElement().asString().contains(investigation.caseNumber());
	}

	private org.leoprotocol.investigations.InvestigationId closed() {
		var id = investigation.id();
		var allegation = investigation.allegations().get(0).id();
		investigations.recordFinding(id, allegation, FindingStage.RECOMMENDED, Finding.UNFOUNDED, null, null,
				Actor.staff(investigator));
		investigations.submitForReview(id);
		investigations.recordFinding(id, allegation, FindingStage.FINAL, Finding.UNFOUNDED, null, null,
				Actor.staff("test-command"));
		return investigations.close(id, Actor.staff("test-command")).id();
	}

	private String aBoardMember() {
		String member = "board-" + UUID.randomUUID().toString().substring(0, 8);
		staff.ensureAccount(new StaffDirectory.NewStaffAccount(member, "Board member", null, Set.of(Role.REVIEW_BOARD),
				StaffAccountsForTests.PASSWORD));
		board.seat(member, "Board member");
		return member;
	}

	private Recipient account(String username) {
		return new Recipient.Account(staff.contactOf(username).orElseThrow().accountId());
	}

	private static java.util.Optional<DueReminder<Notice>> mine(List<DueReminder<Notice>> due, String id) {
		return due.stream().filter(reminder -> reminder.cause().contains(id)).findFirst();
	}
}
