package org.leoprotocol.complaints;

import org.junit.jupiter.api.Test;
import org.leoprotocol.Browser;
import org.leoprotocol.LeoIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A parent files a complaint on a phone-sized screen, fixes what the form asks, and follows the case. */
@LeoIntegrationTest
class ComplaintBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aParentFilesForHerChildAndFollowsTheCase() throws Exception {
		try (Browser browser = Browser.open(port)) {
			var driver = browser.driver();
			driver.manage().window().setSize(new Dimension(390, 844));
			browser.go("/public/complaints/new");
			driver.findElement(By.id("location")).sendKeys("Fountain, central square");
			driver.findElement(By.id("officerBadge0")).sendKeys("734");
			driver.findElement(By.cssSelector("input[name=filedFor][value=ON_BEHALF]")).click();
			driver.findElement(By.id("submit-complaint")).click();

			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("form-problems")));
			assertThat(driver.findElement(By.id("narrative-problem")).getText()).isEqualTo("Tell us what happened.");
			assertThat(driver.findElement(By.id("relationship-problem")).getText())
				.startsWith("Say how you are related");
			assertThat(driver.findElement(By.id("location")).getAttribute("value"))
				.isEqualTo("Fountain, central square");

			driver.findElement(By.id("narrative")).sendKeys("My son was crying alone and the officer did nothing.");
			driver.findElement(By.id("relationship")).sendKeys("mother");
			driver.findElement(By.id("submit-complaint")).click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
			String code = driver.findElement(By.id("tracking-code")).getText();
			String key = driver.findElement(By.id("access-key")).getText();
			assertThat(browser.screenshot("complaint-acknowledged")).exists();

			driver.findElement(By.linkText("Follow the case")).click();
			driver.findElement(By.id("trackingCode")).sendKeys(code);
			driver.findElement(By.id("accessKey")).sendKeys(key);
			driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
			browser.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-stage"), "Received"));
			assertThat(driver.getPageSource()).doesNotContain(key);
		}
	}
}
