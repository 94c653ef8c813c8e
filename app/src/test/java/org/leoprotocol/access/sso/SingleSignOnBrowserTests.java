package org.leoprotocol.access.sso;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leoprotocol.Browser;
import org.leoprotocol.LeoIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on end to end, in Chromium, against a real OpenID Connect provider ({@link TestIdentityProvider}): an
 * investigator of the department signs in at the provider and comes back to Leo with the role her directory group maps
 * to, and no more; a clerk in no mapped group is sent back with the reason and gets no account.
 */
@LeoIntegrationTest
class SingleSignOnBrowserTests {

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void startTheProvider() {
		TestIdentityProvider.start(port);
	}

	@Test
	void anInvestigatorSignsInAtTheDepartmentsProviderAndGetsTheRoleHerGroupMapsTo() throws Exception {
		try (Browser browser = Browser.open(port)) {
			WebDriver driver = browser.driver();
			browser.go("/staff/investigations");
			assertThat(driver.getCurrentUrl()).endsWith("/login");
			driver.findElement(By.id("sign-in-sso")).click();
			signInAtTheProvider(browser, "dana.sso");
			browser.waiting().until(ExpectedConditions.urlMatches("^http://localhost:" + port + "/staff.*"));
			browser.go("/staff/investigations");
			assertThat(driver.getCurrentUrl()).endsWith("/staff/investigations");
			assertThat(driver.findElement(By.tagName("body")).getText()).contains("dana.sso");
			assertThat(browser.screenshot("single-sign-on-investigator")).exists();
			browser.go("/staff/accounts");
			assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Open an account");
		}
		assertThat(jdbc.sql("""
				select e.issuer from staff_external_identity e join staff_account a on a.id = e.account_id
				where a.username = 'dana.sso' and e.last_sign_in is not null
				""").query(String.class).list()).containsExactly(TestIdentityProvider.ISSUER);
		assertThat(jdbc.sql(
				"select r.role from staff_role r join staff_account a on a.id = r.account_id where a.username = 'dana.sso'")
			.query(String.class).list()).containsExactly("INVESTIGATOR");
		assertThat(jdbc.sql(
				"select count(*) from audit_event where action = 'LOGIN' and actor = 'dana.sso' and outcome = 'SUCCESS'")
			.query(Integer.class).single()).isPositive();
	}

	@Test
	void aClerkInNoMappedGroupIsSentBackWithTheReasonInHerLanguage() throws Exception {
		try (Browser browser = Browser.open(port)) {
			WebDriver driver = browser.driver();
			browser.go("/login?lang=es");
			assertThat(driver.findElement(By.id("sign-in-sso")).getText())
				.isEqualTo("Iniciar sesión con Test Department ID");
			driver.findElement(By.id("sign-in-sso")).click();
			signInAtTheProvider(browser, "sam.sso");
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sso-problem")));
			assertThat(driver.findElement(By.id("sso-problem")).getText())
				.startsWith("El inicio de sesión único falló");
		}
		assertThat(jdbc.sql("select username from staff_account where username = 'sam.sso'").query(String.class).list())
			.isEmpty();
		assertThat(jdbc
			.sql("select detail from audit_event where action = 'LOGIN' and actor = 'sam.sso' and outcome = 'FAILURE'")
			.query(String.class).list()).anySatisfy(detail -> assertThat(detail).contains("no group"));
	}

	private static void signInAtTheProvider(Browser browser, String username) {
		browser.waiting().until(ExpectedConditions.urlContains(TestIdentityProvider.ISSUER + "/login"));
		browser.driver().findElement(By.id("username")).sendKeys(username);
		browser.driver().findElement(By.id("password")).sendKeys(TestIdentityProvider.PASSWORD, Keys.ENTER);
	}
}
