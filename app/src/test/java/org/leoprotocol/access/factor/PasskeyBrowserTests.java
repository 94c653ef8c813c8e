package org.leoprotocol.access.factor;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.leoprotocol.Browser;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the agency requiring a second factor, a new officer signs in with her password and, instead of an authenticator
 * app, adds a passkey: Chromium's virtual authenticator stands for her laptop's (a CTAP2 platform authenticator that
 * keeps discoverable keys and verifies its user). She is signed in with it at once; at her next password sign-in the
 * passkey is her second step; from the sign-in page it signs her in alone. She cannot remove her only factor; an
 * administrator's reset removes it.
 */
@LeoIntegrationTest
@ExtendWith(SecondFactorRequired.class)
class PasskeyBrowserTests {

	private static final String PASSWORD = "a-password-for-tests";
	private static final String OFFICER = "passkey.officer";

	@LocalServerPort
	int port;
	@Autowired
	StaffDirectory directory;
	@Autowired
	SecondFactors factors;
	@Autowired
	Passkeys passkeys;
	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerAddsAPasskeyAtHerFirstSignInAndSignsInWithItAfterwards() throws Exception {
		directory.ensureAccount(new NewStaffAccount(OFFICER, "Officer Passkey", null, Set.of(Role.OFFICER), PASSWORD));
		try (Browser browser = Browser.open(port)) {
			var driver = browser.driver();
			VirtualAuthenticator laptop = ((HasVirtualAuthenticator) driver)
				.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
					.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
					.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
					.setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true)
					.setIsUserConsenting(true));

			signIn(browser);
			browser.waiting().until(ExpectedConditions.urlContains("/login/second-factor/enrol"));
			driver.findElement(By.id("passkey-label")).sendKeys("work laptop");
			driver.findElement(By.id("passkey-enrol")).click();
			browser.waiting().until(ExpectedConditions.urlMatches(".*/staff$"));
			assertThat(laptop.getCredentials()).hasSize(1);
			assertThat(passkeys.of(OFFICER)).extracting(Passkey::label).containsExactly("work laptop");
			driver.manage().deleteAllCookies();

			signIn(browser);
			browser.waiting().until(ExpectedConditions.urlMatches(".*/login/second-factor$"));
			assertThat(driver.findElements(By.id("code"))).as("no app, so no code is asked for").isEmpty();
			browser.go("/staff/passkeys");
			assertThat(driver.getCurrentUrl()).as("nothing else opens before the second step")
				.endsWith("/login/second-factor");
			browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("passkey-sign-in"))).click();
			browser.waiting().until(ExpectedConditions.urlMatches(".*/staff$"));
			driver.manage().deleteAllCookies();

			browser.go("/login");
			browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("passkey-sign-in"))).click();
			browser.waiting().until(ExpectedConditions.urlMatches(".*/staff$"));
			browser.go("/staff/passkeys");
			assertThat(driver.findElement(By.id("passkeys")).getText()).contains("work laptop");
			assertThat(browser.screenshot("passkeys")).exists();
			driver.findElement(By.cssSelector("#passkeys button[type=submit]")).click();
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("passkeys-problem")));
			assertThat(passkeys.any(OFFICER)).as("the only factor stays while one is required").isTrue();
		}
		assertThat(loginAudit()).containsSubsequence("SUCCESS -", "SUCCESS audit.detail.login.passkey", "SUCCESS -",
				"SUCCESS audit.detail.login.passkey",
				"SUCCESS audit.detail.login.passkey");
		assertThat(jdbc.sql("select detail from audit_event where record_id = :user and action = 'CREATE'")
			.param("user", OFFICER)
			.query(String.class).list()).contains("audit.detail.passkey.enrolled|work laptop");

		factors.reset(OFFICER, "laptop stolen, ticket 5120");
		assertThat(passkeys.any(OFFICER)).isFalse();
		assertThat(factors.enrolled(OFFICER)).isFalse();
	}

	private List<String> loginAudit() {
		return jdbc.sql(
				"select outcome || ' ' || coalesce(detail, '-') from audit_event where actor = :user and action = 'LOGIN' order by position")
			.param("user", OFFICER).query(String.class).list();
	}

	private static void signIn(Browser browser) {
		browser.go("/login");
		browser.driver().findElement(By.id("username")).sendKeys(OFFICER);
		browser.driver().findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
	}
}
