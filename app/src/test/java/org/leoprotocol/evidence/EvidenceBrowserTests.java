package org.leoprotocol.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.leoprotocol.Browser;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.evidence.access.NeedToKnowRecords;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An investigator's afternoon in a real browser: upload a photo through the chunked uploader (progress bar), make a
 * watermarked export for a newspaper, then trace the export's code on the trace page.
 */
@LeoIntegrationTest
class EvidenceBrowserTests {

	@LocalServerPort
	int port;
	@Autowired
	StaffDirectory staff;
	@Autowired
	NeedToKnowRecords cases;

	@Test
	void aLargeVideoGoesUpInChunksWithAProgressBar() throws Exception {
		String investigator = StaffAccountsForTests.ensure(staff, Role.INVESTIGATOR);
		byte[] video = EvidenceFixtures.aVideo(20 * 1024 * 1024 + 17, 20);
		Path file = Files.createTempFile("cctv", ".mp4");
		Files.write(file, video);
		try (Browser browser = Browser.open(port)) {
			var driver = browser.driver();
			browser.go("/staff/evidence/upload");
			driver.findElement(By.id("username")).sendKeys(investigator);
			driver.findElement(By.id("password")).sendKeys(StaffAccountsForTests.PASSWORD, Keys.ENTER);
			browser.waiting().until(ExpectedConditions.urlContains("/staff/evidence/upload"));
			driver.findElement(By.id("file")).sendKeys(file.toString());
			new Select(driver.findElement(By.id("kind"))).selectByValue("CCTV_VIDEO");
			driver.findElement(By.id("upload-button")).click();
			new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60))
				.until(ExpectedConditions.urlMatches("/staff/evidence/[0-9a-f-]{36}$"));
			assertThat(driver.findElement(By.tagName("main")).getText()).contains(EvidenceFixtures.sha256(video))
				.contains("20.0 MB");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void anInvestigatorUploadsAPhotoExportsItAndTracesTheCode() throws Exception {
		String investigator = StaffAccountsForTests.ensure(staff, Role.INVESTIGATOR);
		cases.addToTeam("IA-BROWSER-1", investigator, Actor.staff("test-command"),
				java.time.Instant.parse("2026-01-01T00:00:00Z"));
		Path photo = Files.createTempFile("scene", ".png");
		Files.write(photo, EvidenceFixtures.aPhoto());

		try (Browser browser = Browser.open(port)) {
			var driver = browser.driver();
			browser.go("/staff/evidence/upload");
			driver.findElement(By.id("username")).sendKeys(investigator);
			driver.findElement(By.id("password")).sendKeys(StaffAccountsForTests.PASSWORD, Keys.ENTER);
			browser.waiting().until(ExpectedConditions.urlContains("/staff/evidence/upload"));

			driver.findElement(By.id("file")).sendKeys(photo.toString());
			new Select(driver.findElement(By.id("kind"))).selectByValue("PHOTO");
			driver.findElement(By.id("location")).sendKeys("Central square fountain");
			driver.findElement(By.id("case-reference")).sendKeys("IA-BROWSER-1");
			driver.findElement(By.id("upload-button")).click();
			browser.waiting().until(ExpectedConditions.urlMatches("/staff/evidence/[0-9a-f-]{36}$"));
			assertThat(driver.findElement(By.tagName("main")).getText())
				.contains(EvidenceFixtures.sha256(EvidenceFixtures.aPhoto()))
				.contains("Central square fountain").contains("Taken into custody").contains("Viewed");

			driver.findElement(By.id("recipient")).sendKeys("Daily Courier");
			driver.findElement(By.id("purpose")).sendKeys("public records request", Keys.ENTER);
			browser.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "is ready"));
			String code = driver.findElement(By.cssSelector("#evidence-exports code")).getText();
			assertThat(browser.screenshot("evidence-item-exported")).exists();

			browser.go("/staff/evidence/trace");
			driver.findElement(By.id("code")).sendKeys(code.toLowerCase(Locale.ROOT), Keys.ENTER);
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("trace-code-result")));
			assertThat(driver.findElement(By.id("trace-code-result")).getText()).contains("Daily Courier")
				.contains(code);
		}
		finally {
			Files.deleteIfExists(photo);
		}
	}
}
