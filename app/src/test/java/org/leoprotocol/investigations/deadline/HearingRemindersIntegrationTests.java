package org.leoprotocol.investigations.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.investigations.ReviewBoard;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A board review ten days away, with a union representative on staff among those to attend: at 7 days, 1 day and on the
 * day, two nodes sweep at the same moment, and the investigator, a seated board member and the representative each find
 * exactly one reminder per lead time; an attendee who is no staff member is nobody to remind. The hearing form says how
 * to name staff so that they are reminded, in English and Spanish.
 */
@LeoIntegrationTest
class HearingRemindersIntegrationTests {

	static final Instant OPENED = Instant.parse("2034-02-06T09:00:00Z");
	static final Instant HELD = Instant.parse("2034-02-16T15:00:00Z");

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
	InvestigationReminders reminders;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;

	String suffix;
	String investigator;
	String member;
	String representative;
	Hearing hearing;

	@BeforeEach
	void aHearingWithARepresentativeOnStaff() {
		clock.set(OPENED);
		StaffAccountsForTests.ensure(staff, Role.COMMAND);
		suffix = UUID.randomUUID().toString().substring(0, 8);
		investigator = account("hinv-" + suffix, Role.INVESTIGATOR);
		investigators.register(investigator, "Civilian investigator " + suffix, null);
		member = account("hbrd-" + suffix, Role.REVIEW_BOARD);
		board.seat(member, "Board member " + suffix);
		representative = account("hrep-" + suffix, Role.OFFICER);
		Investigation investigation = investigations.assign(DeadlineFixtures.aCase(investigations, roster).id(),
				investigator);
		hearing = board.hold(closed(investigation), Hearing.Purpose.BOARD_REVIEW, null, HELD,
				List.of(new Hearing.Attendee("Board member " + suffix, "board member"),
						new Hearing.Attendee(representative, "union representative"),
						new Hearing.Attendee("Ms Complainant " + suffix, "complainant")),
				"The case file", "To be held", Actor.staff("test-command"));
	}

	@Test
	void twoNodesSweepingAtOnceRemindEachAttendeeOncePerLeadTime() throws Exception {
		for (Instant at : List.of(Instant.parse("2034-02-09T08:00:00Z"), Instant.parse("2034-02-15T08:00:00Z"),
				Instant.parse("2034-02-16T06:00:00Z"))) {
			clock.set(at);
			sweepOnTwoNodesAtOnce();
			sweepOnTwoNodesAtOnce();
		}

		for (String lead : List.of("P7D", "P1D", "P0D")) {
			String cause = "hearing:" + hearing.id() + ":2034-02-16:" + lead;
			for (String person : List.of(investigator, member, representative)) {
				assertThat(notices(cause, person)).as(person + " at " + lead).isEqualTo(1);
			}
		}
		assertThat(jdbc.sql("select count(distinct cause) from notification where cause like :c")
			.param("c", "hearing:" + hearing.id() + ":%")
			.query(Long.class).single()).as("no lead but these three").isEqualTo(3);
	}

	@Test
	void theHearingFormSaysToNameStaffByUserNameSoThatTheyAreReminded() throws Exception {
		mvc.perform(get("/staff/investigations/{id}", hearing.investigationId().value())
			.with(StaffAccountsForTests.as(staff, Role.COMMAND)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Name staff by their Leo user name")));
		mvc.perform(get("/staff/investigations/{id}", hearing.investigationId().value())
			.with(StaffAccountsForTests.as(staff, Role.COMMAND))
			.cookie(new jakarta.servlet.http.Cookie("LEO_LANG", "es")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nombre al personal por su usuario de Leo")));
	}

	private void sweepOnTwoNodesAtOnce() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> one = nodes.submit(() -> sweepAfter(start));
			Future<Integer> two = nodes.submit(() -> sweepAfter(start));
			start.countDown();
			one.get();
			two.get();
		}
		finally {
			nodes.shutdown();
		}
	}

	private int sweepAfter(CountDownLatch start) {
		try {
			start.await();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
		return reminders.remindDue();
	}

	private long notices(String cause, String username) {
		return jdbc.sql("""
				select count(*) from notification n join staff_account a on a.id = n.account_id
				where n.cause = :cause and a.username = :username
				""").param("cause", cause).param("username", username).query(Long.class).single();
	}

	private InvestigationId closed(Investigation investigation) {
		var id = investigation.id();
		var allegation = investigation.allegations().get(0).id();
		investigations.recordFinding(id, allegation, FindingStage.RECOMMENDED, Finding.UNFOUNDED, null, null,
				Actor.staff(investigator));
		investigations.submitForReview(id);
		investigations.recordFinding(id, allegation, FindingStage.FINAL, Finding.UNFOUNDED, null, null,
				Actor.staff("test-command"));
		return investigations.close(id, Actor.staff("test-command")).id();
	}

	private String account(String username, Role role) {
		staff.ensureAccount(new StaffDirectory.NewStaffAccount(username, username, null, Set.of(role),
				StaffAccountsForTests.PASSWORD));
		return username;
	}
}
