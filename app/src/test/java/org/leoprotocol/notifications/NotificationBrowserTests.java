package org.leoprotocol.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.leoprotocol.Accessibility;
import org.leoprotocol.Browser;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.notifications.NotificationFixtures.aNotice;
import static org.leoprotocol.notifications.NotificationFixtures.aSergeant;
import static org.leoprotocol.notifications.NotificationFixtures.accountOf;

/** A sergeant at her desk: the header count rises when she is told something, and she acknowledges it. */
@LeoIntegrationTest
class NotificationBrowserTests {

	@LocalServerPort
	int port;
	@Autowired
	NotificationDesk desk;
	@Autowired
	StaffDirectory staff;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	MutableClock clock;

	@Test
	void aSignedInSergeantSeesTheCountRiseWithoutReloadingAndAcknowledges() throws Exception {
		clock.set(Instant.parse("2026-12-05T13:00:00Z"));
		String sergeant = aSergeant(staff, false);
		try (Browser browser = Browser.open(port)) {
			var driver = browser.driver();
			browser.go("/staff/notifications");
			driver.findElement(By.id("username")).sendKeys(sergeant);
			driver.findElement(By.id("password")).sendKeys(StaffAccountsForTests.PASSWORD, Keys.ENTER);
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("no-notifications")));
			browser.waiting().ignoring(StaleElementReferenceException.class)
				.until(d -> d.findElement(By.id("notification-count")).getText().isEmpty());

			transactions
				.executeWithoutResult(status -> desk.send(aNotice(new Recipient.Account(accountOf(staff, sergeant)),
						NoticeKind.ESCALATION, false)));

			browser.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notification-count"), "1"));
			browser.waiting().ignoring(StaleElementReferenceException.class)
				.until(d -> "polite".equals(d.findElement(By.cssSelector(".live-count")).getAttribute("aria-live")));
			browser.go("/staff/notifications");
			driver.findElement(By.cssSelector("button.acknowledge")).click();

			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
					"Acknowledged"));
			assertThat(driver.findElement(By.id("notifications")).getText()).contains("Acknowledged by " + sergeant);
			browser.waiting().until(ExpectedConditions.textToBe(By.id("notification-count"), ""));
			assertThat(browser.screenshot("notification-acknowledged")).exists();
		}
	}

	@Test
	void theNotificationPagesHaveNoSeriousAccessibilityViolations() {
		String administrator = "notify-admin-" + NotificationFixtures.suffix();
		staff.ensureAccount(new StaffDirectory.NewStaffAccount(administrator, "Notification administrator", null,
				Set.of(Role.ADMIN, Role.SUPERVISOR), StaffAccountsForTests.PASSWORD));
		List<String> violations = new ArrayList<>();
		try (Browser browser = Browser.open(port)) {
			var driver = browser.driver();
			browser.go("/staff/notifications");
			driver.findElement(By.id("username")).sendKeys(administrator);
			driver.findElement(By.id("password")).sendKeys(StaffAccountsForTests.PASSWORD, Keys.ENTER);
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("no-notifications")));
			for (String page : List.of("/staff/notifications", "/staff/notifications/preferences",
					"/staff/notifications/deliveries", "/staff/notifications/webhooks",
					"/staff/notifications?lang=es")) {
				browser.go(page);
				Accessibility.seriousViolations(driver).forEach(v -> violations.add(page + " → " + v));
			}
		}
		assertThat(violations).isEmpty();
	}
}
