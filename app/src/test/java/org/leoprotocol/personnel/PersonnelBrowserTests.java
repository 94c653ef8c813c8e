package org.leoprotocol.personnel;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leoprotocol.Browser;
import org.leoprotocol.LeoIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A supervisor's day in a real browser: sign in, find an officer by badge, place him on administrative leave. */
@LeoIntegrationTest
class PersonnelBrowserTests {

	@LocalServerPort
	int port;
	@Autowired
	Roster roster;

	@Test
	void anAdministratorSignsInFindsAnOfficerByBadgeAndChangesHisStatus() throws Exception {
		roster.establishUnit("B-SQUAD", "Browser test squad", null);
		roster.enlist(new NewOfficer("88734", "Marcus", "Browser", "Police Officer", "B-SQUAD",
				LocalDate.of(2011, 6, 1), null));

		try (Browser browser = Browser.open(port)) {
			var driver = browser.driver();
			browser.go("/staff/personnel");
			assertThat(driver.getCurrentUrl()).endsWith("/login");
			driver.findElement(By.id("username")).sendKeys("admin");
			driver.findElement(By.id("password")).sendKeys(LeoIntegrationTest.ADMIN_PASSWORD, Keys.ENTER);
			browser.waiting().until(ExpectedConditions.urlContains("/staff/personnel"));

			driver.findElement(By.id("q")).sendKeys("88734");
			browser.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("officer-results"), "1 officer"));
			driver.findElement(By.linkText("Marcus Browser")).click();

			new Select(driver.findElement(By.id("new-status"))).selectByValue("ADMINISTRATIVE_LEAVE");
			driver.findElement(By.id("reason")).sendKeys("administrative leave; service weapon and badge surrendered");
			driver.findElement(By.id("case-reference")).sendKeys("IA-2026-0734");
			driver.findElement(By.id("change-status-button")).click();

			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-status"),
					"Administrative leave"));
			assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
				.isEqualTo("Marcus Browser is now on administrative leave.");
			assertThat(driver.findElement(By.id("status-history")).getText())
				.contains("administrative leave; service weapon and badge surrendered", "admin", "IA-2026-0734");
			assertThat(browser.screenshot("personnel-status-changed")).exists();
		}
		assertThat(roster.findByBadge("88734").orElseThrow().status()).isEqualTo(OfficerStatus.ADMINISTRATIVE_LEAVE);
	}
}
