package org.leoprotocol.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.leoprotocol.Accessibility;
import org.leoprotocol.Browser;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.HomeFixtures.Squad;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role signs in, lands on its home page and reaches the thing that needs it most in one click; every home passes
 * axe-core with no serious or critical violation, in English and in Spanish.
 */
@LeoIntegrationTest
class HomeBrowserTests {

	static final Instant NOW = Instant.parse("2031-09-09T13:00:00Z");

	@LocalServerPort
	int port;
	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;
	@Autowired
	Investigations investigations;
	@Autowired
	Investigators investigators;
	@Autowired
	ReviewBoard board;

	HomeFixtures fixtures;

	@BeforeEach
	void setUp() {
		clock.set(NOW);
		fixtures = new HomeFixtures(roster, staff, mvc);
	}

	@Test
	void anOfficerOpensHisIncidentFromHisHome() throws Exception {
		Squad squad = fixtures.squad();
		String incident = fixtures.childIncident(squad, "Ferry Terminal " + squad.unit());
		try (Browser browser = signedIn(squad.officer())) {
			clickFirst(browser, "home-my-incidents", "/staff/incidents/" + incident);
		}
	}

	@Test
	void aSergeantOpensTheLateIncidentOfHisUnitFromHisHome() throws Exception {
		Squad squad = fixtures.squad();
		String incident = fixtures.childIncident(squad, "Old Town Square " + squad.unit());
		clock.set(NOW.plus(Duration.ofMinutes(4)));
		try (Browser browser = signedIn(squad.sergeant())) {
			assertThat(browser.driver()
				.findElement(
						By.xpath("//*[@id='home-unit-incidents']//li[.//a[@href='/staff/incidents/" + incident + "']]"))
				.getAttribute("class")).isEqualTo("home-late");
			assertThat(browser.screenshot("home-sergeant")).exists();
			clickFirst(browser, "home-unit-incidents", "/staff/incidents/" + incident);
		}
	}

	@Test
	void anInvestigatorOpensHisOverdueCaseFromHisHomeAndSearchesTheClosedOnes() throws Exception {
		String investigator = fixtures.account("home-binv-" + HomeFixtures.suffix(), Role.INVESTIGATOR);
		investigators.register(investigator, "Browser investigator", null);
		Investigation overdue = investigations.assign(fixtures.aCase(investigations, "Overdue case").id(),
				investigator);
		Investigation closed = fixtures.aCase(investigations, "Closed case");
		HomeFixtures.closed(investigations, closed, investigator);
		clock.set(overdue.dueAt().plus(Duration.ofDays(1)));
		try (Browser browser = signedIn(investigator)) {
			browser.driver().findElement(By.id("home-my-cases-number")).sendKeys(closed.caseNumber(), Keys.ENTER);
			browser.waiting().until(ExpectedConditions.urlContains("number=" + closed.caseNumber()));
			assertThat(browser.driver().findElement(By.id("main")).getText()).contains(closed.caseNumber());
			browser.go("/staff");
			clickFirst(browser, "home-my-cases", "/staff/investigations/" + overdue.id());
		}
	}

	@Test
	void aBoardMemberOpensTheHearingWaitingForHisVoteFromHisHome() throws Exception {
		String suffix = HomeFixtures.suffix();
		String investigator = fixtures.account("home-bbinv-" + suffix, Role.INVESTIGATOR);
		investigators.register(investigator, "Board browser investigator", null);
		String member = fixtures.account("home-bbm-" + suffix, Role.REVIEW_BOARD);
		board.seat(member, "Member " + suffix);
		InvestigationId closed = HomeFixtures.closed(investigations,
				fixtures.aCase(investigations, "Board browser case"), investigator);
		Hearing hearing = board.hold(closed, Hearing.Purpose.BOARD_REVIEW, null, NOW.minus(Duration.ofHours(2)),
				List.of(new Hearing.Attendee("The board", "board members")), "The file", "Held",
				Actor.staff("test-command"));
		try (Browser browser = signedIn(member)) {
			clickFirst(browser, "home-board-votes", "/staff/board#h-" + hearing.id());
		}
	}

	@Test
	void commandReadsTheChartsAsTablesAndOpensTheOverdueCasesFromItsHome() throws Exception {
		StaffAccountsForTests.ensure(staff, Role.COMMAND);
		try (Browser browser = signedIn("test-command")) {
			assertThat(browser.driver().findElements(By.cssSelector(".home-chart svg[role=img] title")))
				.hasSizeGreaterThanOrEqualTo(6);
			assertThat(browser.driver().findElement(By.id("chart-open-incidents")).getText()).contains("Found child");
			assertThat(browser.screenshot("home-command")).exists();
			clickFirst(browser, "home-case-figures", "/staff/investigations?overdue=true");
		}
	}

	@Test
	void anAdministratorReadsTheInstallationsHealthAndOpensTheDeliveriesFromHisHome() throws Exception {
		StaffAccountsForTests.ensure(staff, Role.ADMIN);
		try (Browser browser = signedIn("test-admin")) {
			assertThat(browser.driver().findElement(By.id("home-ledger")).getText()).contains("Last backup");
			assertThat(browser.driver().findElement(By.id("home-nodes")).getText()).contains("running");
			clickFirst(browser, "home-delivery", "/staff/notifications/deliveries");
		}
	}

	/** Signs in through the form, lands on the home page and checks it with axe-core in both languages. */
	private Browser signedIn(String username) {
		Browser browser = Browser.open(port);
		browser.go("/login?lang=en");
		browser.driver().findElement(By.id("username")).sendKeys(username);
		browser.driver().findElement(By.id("password")).sendKeys(StaffAccountsForTests.PASSWORD, Keys.ENTER);
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.home-role")));
		assertThat(browser.driver().getCurrentUrl()).endsWith("/staff");
		browser.go("/staff?lang=es");
		assertThat(Accessibility.seriousViolations(browser.driver())).as(username + ", Spanish").isEmpty();
		browser.go("/staff?lang=en");
		assertThat(Accessibility.seriousViolations(browser.driver())).as(username).isEmpty();
		return browser;
	}

	/**
	 * Clicks the panel's link to {@code expected} (the test's own record; other tests' records share the panel in this
	 * shared database) and checks where it leads.
	 */
	private static void clickFirst(Browser browser, String panel, String expected) {
		WebElement link = browser.driver().findElement(By.cssSelector("#" + panel + " a[href^='" + expected + "']"));
		link.click();
		browser.waiting().until(ExpectedConditions.urlContains(expected));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
	}
}
