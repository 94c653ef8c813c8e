package org.leoprotocol.access.factor;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.leoprotocol.Browser;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the agency requiring a second factor, a new officer signs in with her password, is sent to enrol an
 * authenticator before anything else, types the code computed here from the key the page shows (as her app would), gets
 * recovery codes, and on her next sign-in must give a fresh code; a replayed code is refused.
 */
@LeoIntegrationTest
@ExtendWith(SecondFactorRequired.class)
class SecondFactorBrowserTests {

	private static final String PASSWORD = "a-password-for-tests";

	@LocalServerPort
	int port;
	@Autowired
	StaffDirectory directory;
	@Autowired
	Clock clock;
	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerEnrolsAnAuthenticatorOnHerFirstSignInAndGivesACodeOnTheNext() throws Exception {
		directory
			.ensureAccount(new NewStaffAccount("totp.officer", "Officer Totp", null, Set.of(Role.OFFICER), PASSWORD));
		try (Browser browser = Browser.open(port)) {
			var driver = browser.driver();
			signIn(browser);
			browser.waiting().until(ExpectedConditions.urlContains("/login/second-factor/enrol"));
			browser.go("/staff");
			assertThat(driver.getCurrentUrl()).as("nothing else opens before enrolment")
				.contains("/login/second-factor");
			browser.waiting().until(ExpectedConditions.urlContains("/login/second-factor/enrol"));
			String secret = browser.waiting().ignoring(StaleElementReferenceException.class)
				.until(d -> d.findElement(By.id("totp-secret")).getText()).replace(" ", "");
			assertThat(driver.findElement(By.id("otpauth-link")).getAttribute("href"))
				.startsWith("otpauth://totp/").contains("secret=" + secret, "totp.officer");

			driver.findElement(By.id("code")).sendKeys(wrong(code(secret)), Keys.ENTER);
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("second-factor-problem")));
			driver.findElement(By.id("code")).sendKeys(code(secret), Keys.ENTER);
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
			List<WebElement> recovery = driver.findElements(By.cssSelector("#recovery-codes code"));
			assertThat(recovery).hasSize(SecondFactors.RECOVERY_CODES);
			String recoveryCode = recovery.get(3).getText();
			assertThat(browser.screenshot("second-factor-recovery-codes")).exists();
			driver.findElement(By.id("continue")).click();
			browser.waiting().until(ExpectedConditions.urlMatches(".*/staff$"));
			assertThat(storedSecret()).as("the secret is kept once proven").isEqualTo(secret);
			signOut(browser);

			((MutableClock) clock).advance(Duration.ofSeconds(30));
			signIn(browser);
			browser.waiting().until(ExpectedConditions.urlMatches(".*/login/second-factor$"));
			String now = code(secret);
			driver.findElement(By.id("code")).sendKeys(now, Keys.ENTER);
			browser.waiting().until(ExpectedConditions.urlMatches(".*/staff$"));
			signOut(browser);

			signIn(browser);
			browser.waiting().until(ExpectedConditions.urlMatches(".*/login/second-factor$"));
			driver.findElement(By.id("code")).sendKeys(now, Keys.ENTER);
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("second-factor-problem")));
			assertThat(driver.getCurrentUrl()).as("a code is accepted only once").endsWith("/login/second-factor");
			driver.findElement(By.id("code")).clear();
			driver.findElement(By.id("code")).sendKeys(recoveryCode, Keys.ENTER);
			browser.waiting().until(ExpectedConditions.urlMatches(".*/staff$"));
		}
	}

	private String code(String secret) {
		return OneTimePasswords.AUTHENTICATOR_APPS.at(Base32.decode(secret), clock.instant());
	}

	private static String wrong(String code) {
		return String.valueOf((Integer.parseInt(code) + 1) % 1_000_000 + 1_000_000).substring(1);
	}

	private String storedSecret() {
		return jdbc.sql("""
				select c.secret from staff_credential c join staff_account a on a.id = c.account_id
				where a.username = 'totp.officer' and c.kind = 'TOTP'
				""").query(String.class).single();
	}

	private static void signIn(Browser browser) {
		browser.go("/login");
		browser.driver().findElement(By.id("username")).sendKeys("totp.officer");
		browser.driver().findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
	}

	private static void signOut(Browser browser) {
		browser.driver().manage().deleteAllCookies();
	}
}
