package org.leoprotocol.access;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.HomeFixtures.Squad;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.Stage;
import org.leoprotocol.complaints.SubmissionFixtures;
import org.leoprotocol.earlywarning.EarlyWarning;
import org.leoprotocol.earlywarning.Flag;
import org.leoprotocol.earlywarning.FlagReview;
import org.leoprotocol.earlywarning.PerformanceEntries;
import org.leoprotocol.investigations.Hearing;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.investigations.ReviewBoard;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.duty.ShiftDesk;
import org.leoprotocol.protocol.escalation.DueEscalationsForTests;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;
import org.leoprotocol.training.NewTrainingModule;
import org.leoprotocol.training.Training;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role's home page with the movable clock: what needs the person now, in the panel of their role, with links to
 * act, and nothing they could not open themselves.
 */
@LeoIntegrationTest
class HomeIntegrationTests {

	static final Instant REPORTED = Instant.parse("2031-05-06T14:00:00Z");

	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;
	@Autowired
	Training training;
	@Autowired
	Investigations investigations;
	@Autowired
	Investigators investigators;
	@Autowired
	ReviewBoard board;
	@Autowired
	ComplaintIntake intake;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ApplicationContext context;
	@Autowired
	ShiftDesk shifts;
	@Autowired
	EarlyWarning earlyWarning;

	@Autowired
	PerformanceEntries entries;
	@Autowired
	FlagReview flagReview;

	HomeFixtures fixtures;

	@BeforeEach
	void setUp() {
		clock.set(REPORTED);
		fixtures = new HomeFixtures(roster, staff, mvc);
	}

	@Test
	void aChildsIncidentStepGoneLateShowsOnTheSergeantsHomeWithItsEscalation() throws Exception {
		Squad squad = fixtures.squad();
		fixtures.onDuty(shifts, squad, REPORTED);
		String incident = fixtures.childIncident(squad, "Harbour Market " + squad.unit());
		Squad other = fixtures.squad();
		fixtures.onDuty(shifts, other, REPORTED);

		clock.set(REPORTED.plus(Duration.ofMinutes(1)));
		assertThat(item(panel(home(squad.asSergeant()), "home-unit-incidents"), "/staff/incidents/" + incident))
			.contains("Found child at Harbour Market " + squad.unit())
			.contains("min left").doesNotContain("late by");

		clock.set(REPORTED.plus(Duration.ofMinutes(4)));
		String sergeant = item(panel(home(squad.asSergeant()), "home-unit-incidents"), "/staff/incidents/" + incident);
		assertThat(sergeant).contains("Step: Body camera on at approach").contains("late by 3 min")
			.contains("home-late");
		assertThat(sergeant.indexOf("Harbour Market " + squad.unit())).isLessThan(sergeant.indexOf("late by"));
		assertThat(panel(home(other.asSergeant()), "home-unit-incidents")).as("another unit's sergeant")
			.doesNotContain("Harbour Market " + squad.unit());

		// the camera step's second level reaches the supervisor on duty over the officer's unit 2 min after it is due
		clock.set(REPORTED.plus(Duration.ofMinutes(6)));
		DueEscalationsForTests.raise(context, incident);
		assertThat(panel(home(squad.asSergeant()), "home-escalations"))
			.contains("/staff/notifications#notification-").contains("not acknowledged")
			.contains("Body camera on at approach");
		assertThat(panel(home(other.asSergeant()), "home-escalations")).as("another unit's sergeant")
			.doesNotContain("Body camera on at approach");
	}

	@Test
	void aSergeantsIncidentPanelHoldsOnlyHisUnitsIncidentsAssignedOrNot() throws Exception {
		Squad squad = fixtures.squad();
		Squad other = fixtures.squad();
		String ours = fixtures.unassignedChildIncident(squad, "Ferry Terminal " + squad.unit());
		String theirs = fixtures.unassignedChildIncident(other, "Ferry Terminal " + other.unit());
		String theirsAssigned = fixtures.childIncident(other, "Tram Depot " + other.unit());

		String incidents = panel(home(squad.asSergeant()), "home-unit-incidents");
		assertThat(incidents).as("opened by an officer of his unit, nobody responsible yet")
			.contains("/staff/incidents/" + ours);
		assertThat(incidents).as("another unit's, nobody responsible yet").doesNotContain("/staff/incidents/" + theirs)
			.doesNotContain("Ferry Terminal " + other.unit());
		assertThat(incidents).as("another unit's officer responsible")
			.doesNotContain("/staff/incidents/" + theirsAssigned);
		assertThat(panel(home(other.asSergeant()), "home-unit-incidents")).contains("/staff/incidents/" + theirs)
			.contains("/staff/incidents/" + theirsAssigned).doesNotContain("/staff/incidents/" + ours);
	}

	@Test
	void aSergeantSeesFlagsToReviewAndTheirFollowUpsWhenDue() throws Exception {
		Squad squad = fixtures.squad();
		LocalDate today = LocalDate.ofInstant(REPORTED, ZoneOffset.UTC);
		Flag flag = flagged(squad, today);
		String flagLink = "/staff/early-warning/flags/" + flag.id();
		Squad other = fixtures.squad();
		Flag othersFlag = flagged(other, today);
		String othersLink = "/staff/early-warning/flags/" + othersFlag.id();
		assertThat(panel(home(squad.asSergeant()), "home-flags")).contains(flagLink)
			.contains("N" + squad.officerBadge())
			.as("another unit's officer").doesNotContain(othersLink).doesNotContain("N" + other.officerBadge());
		assertThat(panel(home(other.asSergeant()), "home-flags")).contains(othersLink).doesNotContain(flagLink);

		String reviewer = StaffAccountsForTests.ensure(staff, Role.SUPERVISOR);
		flagReview.acknowledge(flag.id(), Actor.staff(reviewer, Role.SUPERVISOR));
		flagReview.planIntervention(flag.id(), "Ride-along with the field training officer", today.plusDays(3),
				Actor.staff(reviewer, Role.SUPERVISOR));
		String before = home(squad.asSergeant());
		assertThat(panel(before, "home-flags")).doesNotContain(flagLink);
		assertThat(panel(before, "home-follow-ups")).doesNotContain(flagLink);

		flagReview.acknowledge(othersFlag.id(), Actor.staff(reviewer, Role.SUPERVISOR));
		flagReview.planIntervention(othersFlag.id(), "Scenario training", today.plusDays(3),
				Actor.staff(reviewer, Role.SUPERVISOR));
		clock.set(REPORTED.plus(Duration.ofDays(3)));
		assertThat(panel(home(squad.asSergeant()), "home-follow-ups")).contains(flagLink)
			.contains("Ride-along with the field training officer")
			.as("another unit's officer").doesNotContain(othersLink);
	}

	@Test
	void anOfficerSeesHisIncidentWithItsNextStepAndClockTheStepsHeMustDoAndTrainingToAcknowledge() throws Exception {
		Squad squad = fixtures.squad();
		String incident = fixtures.childIncident(squad, "Quay Street " + squad.unit());
		var module = training.create(new NewTrainingModule(1, "Home training " + squad.unit(), "What changed", "", ""),
				Actor.staff("test-command"));

		String home = home(squad.asOfficer());
		assertThat(panel(home, "home-my-incidents")).contains("Found child at Quay Street " + squad.unit())
			.contains("Next step: ")
			.contains("/staff/incidents/" + incident).contains("Due ").contains("UTC");
		assertThat(panel(home, "home-my-steps")).contains("Engage the person").contains("2 min left");
		assertThat(panel(home, "home-my-training")).contains("Home training " + squad.unit())
			.contains("/staff/training#module-" + module.id());

		training.acknowledge(module.id(), Actor.staff(squad.officer()));
		assertThat(panel(home(squad.asOfficer()), "home-my-training")).doesNotContain("Home training " + squad.unit());
		assertThat(panel(home(fixtures.squad().asOfficer()), "home-my-incidents")).as("an officer of another unit")
			.doesNotContain("Quay Street " + squad.unit());
	}

	@Test
	void anInvestigatorSeesHisCasesOverdueOnesFirstAndASearchOverEveryCaseHeMaySee() throws Exception {
		String investigator = fixtures.account("home-inv-" + HomeFixtures.suffix(), Role.INVESTIGATOR);
		investigators.register(investigator, "Home investigator", null);
		Investigation older = investigations.assign(fixtures.aCase(investigations, "Older case").id(), investigator);
		clock.set(REPORTED.plus(Duration.ofDays(20)));
		Investigation newer = investigations.assign(fixtures.aCase(investigations, "Newer case").id(), investigator);
		clock.set(older.dueAt().plus(Duration.ofDays(3)));

		String cases = panel(home(httpBasic(investigator, StaffAccountsForTests.PASSWORD)), "home-my-cases");
		assertThat(cases).contains("Case " + older.caseNumber()).contains("Case " + newer.caseNumber())
			.contains("overdue by 3 day(s)")
			.contains("action=\"/staff/investigations\"").contains("name=\"number\"").contains("name=\"officer\"");
		assertThat(cases.indexOf(older.caseNumber())).isLessThan(cases.indexOf(newer.caseNumber()));
		assertThat(cases.indexOf("home-late")).isLessThan(cases.indexOf("home-due"));
	}

	@Test
	void aBoardMemberSeesHearingsToComeVotesDueAndMinutesAwaitingApproval() throws Exception {
		String suffix = HomeFixtures.suffix();
		String investigator = fixtures.account("home-binv-" + suffix, Role.INVESTIGATOR);
		investigators.register(investigator, "Board case investigator", null);
		List<String> members = List.of("home-bm1-" + suffix, "home-bm2-" + suffix, "home-bm3-" + suffix);
		members.forEach(member -> {
			fixtures.account(member, Role.REVIEW_BOARD);
			board.seat(member, "Member " + member);
		});
		Investigation opened = fixtures.aCase(investigations, "Board case");
		InvestigationId closed = HomeFixtures.closed(investigations, opened, investigator);
		List<Hearing.Attendee> present = List.of(new Hearing.Attendee("The board", "board members"));
		Hearing decided = board.hold(closed, Hearing.Purpose.BOARD_REVIEW, null, REPORTED.minus(Duration.ofDays(2)),
				present, "The file", "Held", Actor.staff("test-command"));
		members.forEach(member -> board.vote(decided.id(), Actor.staff(member), "CONCUR"));
		board.decide(decided.id(), Actor.staff("test-command"));
		Hearing waiting = board.hold(closed, Hearing.Purpose.BOARD_REVIEW, null, REPORTED.minus(Duration.ofDays(1)),
				present, "The file", "Held", Actor.staff("test-command"));
		Hearing coming = board.hold(closed, Hearing.Purpose.BOARD_REVIEW, null, REPORTED.plus(Duration.ofDays(5)),
				present, "The file", null, Actor.staff("test-command"));

		String home = home(httpBasic(members.get(0), StaffAccountsForTests.PASSWORD));
		assertThat(panel(home, "home-board-hearings")).contains("/staff/board#h-" + coming.id())
			.contains("Case " + opened.caseNumber())
			.doesNotContain(waiting.id().toString());
		assertThat(panel(home, "home-board-votes")).contains("/staff/board#h-" + waiting.id())
			.contains("your vote is due")
			.doesNotContain(decided.id().toString());
		assertThat(panel(home, "home-board-minutes")).contains("Minutes of case " + opened.caseNumber())
			.contains("/staff/public-texts#text-");
		assertThat(panel(home(httpBasic("test-command", StaffAccountsForTests.PASSWORD)), "home-case-figures"))
			.as("command is no board member").contains("chart-cases");
	}

	@Test
	void commandSeesTheDepartmentInChartsEachWithItsNumbersAsATable() throws Exception {
		Squad squad = fixtures.squad();
		fixtures.childIncident(squad, "Civic Centre " + squad.unit());
		clock.set(REPORTED.plus(Duration.ofMinutes(5)));

		String home = home(StaffAccountsForTests.as(staff, Role.COMMAND));
		for (String chart : List.of("chart-open-incidents", "chart-late-steps", "chart-engagement", "chart-cases",
				"chart-flags",
				"chart-commendations")) {
			String figure = figure(home, chart);
			assertThat(figure).as(chart).contains("<svg role=\"img\"").contains("<table>")
				.contains("<th scope=\"row\">");
		}
		assertThat(figure(home, "chart-open-incidents")).containsPattern("Found child</th><td>[1-9]");
		assertThat(figure(home, "chart-late-steps")).contains("(UTC)").containsPattern("<td>[1-9]");
		assertThat(home).doesNotContain("Robin Home");
	}

	@Test
	void anAdministratorSeesTheInstallationsHealthItsNodesAndItsLastBackup() throws Exception {
		String killed = "killed-node-" + HomeFixtures.suffix();
		jdbc.sql("""
				insert into cluster_node (name, host, started_at, last_seen_at)
				values (:name, 'rack-7', now() - interval '2 hours', now() - interval '5 minutes')""")
			.param("name", killed).update();
		String home = home(StaffAccountsForTests.as(staff, Role.ADMIN));
		assertThat(panel(home, "home-scheduler")).contains("Protocol deadlines").contains("overdue and unclaimed");
		String nodes = panel(home, "home-nodes");
		assertThat(nodes).contains("Nodes").containsPattern("On [^,]+, started .+, last beat").contains("running");
		assertThat(nodes).contains(killed).contains("On rack-7, silent since").contains("needs attention");
		assertThat(panel(home, "home-command-staff")).contains("Command staff")
			.containsPattern("[1-9][0-9]* officer\\(s\\) are told when an escalation climbs|Nobody: an escalation");
		assertThat(panel(home, "home-delivery")).contains("Mail and webhook delivery");
		assertThat(panel(home, "home-ledger")).contains("Ledger").contains("Witnessed checkpoint")
			.contains("Last backup")
			.containsPattern("Finished .+ into .+ database rows|No backup has been taken");
		assertThat(panel(home, "home-imports")).contains("Failed imports");
		assertThat(home).doesNotContain("home-unit-incidents").doesNotContain("home-my-cases");
	}

	@Test
	void someoneWithSeveralRolesSeesEachOfTheirPanelsInSpanishAndTheReadIsAudited() throws Exception {
		String username = fixtures.account("home-many-" + HomeFixtures.suffix(), Role.SUPERVISOR, Role.INVESTIGATOR,
				Role.ADMIN);
		String home = mvc
			.perform(get("/staff").with(httpBasic(username, StaffAccountsForTests.PASSWORD))
				.cookie(new Cookie("LEO_LANG", "es")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(home).contains("id=\"home-supervisor\"").contains("id=\"home-investigator\"")
			.contains("id=\"home-admin\"")
			.doesNotContain("id=\"home-officer\"").contains("Incidentes abiertos de mi unidad")
			.contains("Mis casos por plazo")
			.contains("Planificador").contains("Nodos").contains("en marcha");
		assertThat(home.indexOf("home-supervisor")).isLessThan(home.indexOf("home-investigator"));
		assertThat(jdbc.sql("select count(*) from audit_event where actor = :user and record_type = 'Home'")
			.param("user", username)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void triageForwardsACommendationToTheOfficersRecordAndNotAComplaint() throws Exception {
		Squad squad = fixtures.squad();
		ComplaintId commendation = intake
			.idOf(intake.file(SubmissionFixtures.aCommendationOf(squad.officerBadge()), null).trackingCode());
		ComplaintId complaint = intake
			.idOf(intake.file(SubmissionFixtures.aComplaintAbout(squad.officerBadge()), null).trackingCode());
		RequestPostProcessor investigator = StaffAccountsForTests.as(staff, Role.INVESTIGATOR);
		assertThat(panel(home(investigator), "home-triage")).contains("/staff/investigations/triage#c-" + commendation);

		mvc.perform(post("/staff/investigations/triage/{id}/forward", commendation.toString()).with(investigator)
			.with(csrf()))
			.andExpect(redirectedUrl("/staff/investigations/triage"));
		mvc.perform(
				post("/staff/investigations/triage/{id}/forward", complaint.toString()).with(investigator).with(csrf()))
			.andExpect(status().is4xxClientError());

		assertThat(intake.get(commendation).stage()).isEqualTo(Stage.FORWARDED);
		assertThat(intake.get(complaint).stage()).isEqualTo(Stage.RECEIVED);
		assertThat(intake.history(commendation)).last()
			.satisfies(change -> assertThat(change.noteKey()).isEqualTo("complaints.note.forwarded"));
		assertThat(panel(home(investigator), "home-triage")).doesNotContain("#c-" + commendation)
			.contains("#c-" + complaint);
	}

	/** The squad's officer flagged by ten protocol findings of the day. */
	private Flag flagged(Squad squad, LocalDate day) {
		Flag flag = null;
		for (int finding = 0; finding < 10; finding++) {
			flag = entries.recordProtocolFinding(squad.officerId(), day, "ENGAGEMENT_GAP",
					"on scene 9:05 before first engagement", null, Actor.staff("test"))
				.orElseThrow();
		}
		return flag;
	}

	private String home(RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/staff/home").with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/** The HTML of one panel, from its section to the section's end. */
	static String panel(String html, String id) {
		int start = html.indexOf("<section class=\"card home-panel\" id=\"" + id + "\"");
		assertThat(start).as("panel " + id).isNotNegative();
		return html.substring(start, html.indexOf("</section>", start));
	}

	/** The list item of a panel that links to {@code href}: other tests' incidents share the panel. */
	static String item(String panel, String href) {
		int link = panel.indexOf("href=\"" + href + "\"");
		assertThat(link).as("item linking to " + href).isNotNegative();
		int start = panel.lastIndexOf("<li", link);
		int end = panel.indexOf("</li>", link);
		return panel.substring(start, end);
	}

	static String figure(String html, String id) {
		int start = html.indexOf("<figure class=\"home-chart\" id=\"" + id + "\"");
		assertThat(start).as("chart " + id).isNotNegative();
		return html.substring(start, html.indexOf("</figure>", start));
	}
}
