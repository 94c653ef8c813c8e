package org.leoprotocol;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.complaints.CommendationReceived;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.engagement.Engagement;
import org.leoprotocol.engagement.EventDetails;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.NewAllegation;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every page a person can reach passes axe-core with no serious or critical violation, in both languages. */
@LeoIntegrationTest
class AccessibilityBrowserTests {

	static final List<String> PUBLIC_PAGES = List.of("/", "/?lang=es", "/login", "/login?error", "/login?lang=es",
			"/public/complaints/new", "/public/complaints/new?kind=COMMENDATION", "/public/complaints/new?lang=es",
			"/public/complaints/status", "/public/complaints/status?lang=es", "/public/minutes",
			"/public/minutes?lang=es",
			"/public/events", "/public/events?lang=es", "/public/engagement/results",
			"/public/engagement/results?lang=es",
			"/transparency", "/transparency?lang=es", "/transparency/officers", "/transparency/officers?lang=es&q=a",
			"/transparency/data");
	static final List<String> STAFF_PAGES = List.of("/staff", "/staff/personnel", "/staff/personnel/import",
			"/staff/personnel/duty",
			"/staff/accounts", "/staff/audit", "/staff/no-such-page", "/staff/incidents", "/staff/incidents/new",
			"/staff/incidents/board", "/staff/complaints", "/staff/investigations", "/staff/investigators",
			"/staff/evidence",
			"/staff/evidence/upload", "/staff/evidence/retention", "/staff/evidence/trace", "/staff/early-warning",
			"/staff/early-warning/rules", "/staff/early-warning/import", "/staff/protocols", "/staff/incidents/imports",
			"/staff/engagement", "/staff/training", "/staff/training/compliance", "/staff/transparency/policy");

	static final String EVERY_ROLE = "accessibility-reviewer";
	static final String PASSWORD = "a-password-for-the-accessibility-review";

	@LocalServerPort
	int port;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Engagement engagement;
	@Autowired
	MutableClock clock;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Investigations investigations;

	@Test
	void publicAndStaffPagesHaveNoSeriousAccessibilityViolations() throws Exception {
		roster.establishUnit("AX-SQUAD", "Accessibility squad", null);
		OfficerId ada = roster.enlist(
				new NewOfficer("55001", "Ada", "Access", "Police Officer", "AX-SQUAD", LocalDate.of(2014, 2, 1), null));
		String officerPage = officerPageWithACommendation(ada);
		clock.resetToSystemTime();
		String event = engagement
			.plan(new EventDetails("Accessible open house", clock.instant().plus(Duration.ofHours(1)),
					"Central Precinct", "Tour and questions", 40, "en+es"))
			.id().toString();
		unansweredInvitation();
		String caseNumber = investigations.open(CaseType.INTERNAL, null, "Accessibility review case",
				List.of(new NewAllegation(roster.findByBadge("55001").orElseThrow().id(), Category.DISCOURTESY,
						"A rude reply")),
				Actor.staff(EVERY_ROLE))
			.caseNumber();
		List<String> violations = new ArrayList<>();
		try (Browser browser = Browser.open(port)) {
			List<String> publicPages = new ArrayList<>(PUBLIC_PAGES);
			publicPages.add("/public/events/" + event);
			publicPages.add(officerPage);
			publicPages.add(officerPage + "?lang=es");
			publicPages.add("/public/cases/" + caseNumber);
			publicPages.add("/public/cases/" + caseNumber + "?lang=es");
			for (String page : publicPages) {
				browser.go(page);
				Accessibility.seriousViolations(browser.driver()).forEach(v -> violations.add(page + " → " + v));
			}
			violations.addAll(registrationPages(browser, event));
			browser.go("/login?lang=en");
			staff.ensureAccount(new NewStaffAccount(EVERY_ROLE, "Accessibility reviewer", null,
					EnumSet.allOf(Role.class), PASSWORD));
			browser.driver().findElement(By.id("username")).sendKeys(EVERY_ROLE);
			browser.driver().findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
			browser.waiting().until(ExpectedConditions.urlContains("/staff"));
			List<String> pages = new ArrayList<>(STAFF_PAGES);
			pages.add("/staff/personnel/" + roster.findByBadge("55001").orElseThrow().id());
			pages.add("/staff/engagement/events/" + event);
			for (String page : pages) {
				browser.go(page);
				Accessibility.seriousViolations(browser.driver()).forEach(v -> violations.add(page + " → " + v));
			}
			importHistory(browser, violations);
			browser.go("/?lang=es");
			browser.screenshot("landing-es");
		}
		assertThat(violations).isEmpty();
	}

	/** An unanswered survey invitation, so the staff engagement page shows its table and new-link forms. */
	private void unansweredInvitation() {
		jdbc.sql("""
				insert into survey_invitation (id, incident_id, token_hash, invited_by, invited_at, expires_at)
				values (:id, :incident, :hash, 'accessibility-reviewer', now(), now() + interval '30 days')
				""").param("id", UUID.randomUUID()).param("incident", UUID.randomUUID())
			.param("hash", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)).update();
	}

	/** The registration form, its confirmation, the private link's page and, after the event has begun, the survey. */
	private List<String> registrationPages(Browser browser, String event) throws Exception {
		List<String> violations = new ArrayList<>();
		browser.go("/public/events/" + event);
		browser.driver().findElement(By.id("name")).sendKeys("Ada Access");
		browser.driver().findElement(By.id("email")).sendKeys("ada-" + System.nanoTime() + "@example.org");
		browser.driver().findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.urlContains("/registrations"));
		Accessibility.seriousViolations(browser.driver()).forEach(v -> violations.add("registered → " + v));
		String link = browser.driver().findElement(By.cssSelector(".receipt a")).getAttribute("href");
		browser.driver().get(link);
		Accessibility.seriousViolations(browser.driver()).forEach(v -> violations.add("private link → " + v));
		clock.advance(Duration.ofHours(2));
		browser.driver().get(link + "/survey");
		Accessibility.seriousViolations(browser.driver()).forEach(v -> violations.add("survey → " + v));
		browser.screenshot("engagement-survey");
		clock.resetToSystemTime();
		return violations;
	}

	/**
	 * The history import's refusal (a mapping with mistakes) and its background job page, as an administrator sees
	 * them.
	 */
	private static void importHistory(Browser browser, List<String> violations) throws Exception {
		Path csv = Files.createTempFile("history", ".csv");
		Files.writeString(csv,
				"""
						complaint_id,badge_number,first_name,last_name,rank,unit,received_on,closed_on,category,allegation,finding
						AX-1,55001,Ada,Access,Police Officer,AX-SQUAD,2024-01-05,2024-03-01,DISCOURTESY,Curt,NOT_SUSTAINED
						""");
		browser.go("/staff/early-warning/import");
		browser.driver().findElement(By.id("file")).sendKeys(csv.toString());
		browser.driver().findElement(By.id("mappingName")).sendKeys("broken.properties");
		browser.driver().findElement(By.id("mappingText")).sendKeys("agency=X\nofficer.idd=badge_number\n");
		browser.driver().findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import-problems")));
		Accessibility.seriousViolations(browser.driver()).forEach(v -> violations.add("import refused → " + v));

		browser.driver().findElement(By.id("file")).sendKeys(csv.toString());
		browser.driver().findElement(By.id("mappingName")).clear();
		browser.driver().findElement(By.id("mappingText")).clear();
		new Select(browser.driver().findElement(By.id("mapping"))).selectByValue("leo");
		browser.driver().findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-heading"), "Report"));
		Accessibility.seriousViolations(browser.driver()).forEach(v -> violations.add("import job → " + v));
		Files.deleteIfExists(csv);
	}

	/** Ada Access's page by name (commendations are published by name by default), with a commendation on it. */
	private String officerPageWithACommendation(OfficerId officer) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
				new CommendationReceived(ComplaintId.random(), clock.instant(), List.of(officer))));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from transparency_officer_pages where officer_id = ?")
				.param(officer.value()).query(Long.class).single() == 1);
		return "/transparency/officers/"
				+ jdbc.sql("select name_key from transparency_officer_pages where officer_id = ?")
					.param(officer.value()).query(String.class).single();
	}
}
