package org.leoprotocol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Roster;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page a person can reach passes axe-core with no serious or critical violation, in both languages. */
@LeoIntegrationTest
class AccessibilityBrowserTests {

	static final List<String> PUBLIC_PAGES = List.of("/", "/?lang=es", "/login", "/login?error", "/login?lang=es");
	static final List<String> STAFF_PAGES = List.of("/staff", "/staff/personnel", "/staff/personnel/import",
			"/staff/accounts", "/staff/audit", "/staff/no-such-page");

	@LocalServerPort int port;
	@Autowired Roster roster;

	@Test
	void publicAndStaffPagesHaveNoSeriousAccessibilityViolations() throws Exception {
		roster.establishUnit("AX-SQUAD", "Accessibility squad", null);
		roster.enlist(new NewOfficer("55001", "Ada", "Access", "Police Officer", "AX-SQUAD", LocalDate.of(2014, 2, 1), null));
		List<String> violations = new ArrayList<>();
		try (Browser browser = Browser.open(port)) {
			for (String page : PUBLIC_PAGES) {
				browser.go(page);
				Accessibility.seriousViolations(browser.driver()).forEach(v -> violations.add(page + " → " + v));
			}
			browser.go("/login?lang=en");
			browser.driver().findElement(By.id("username")).sendKeys("admin");
			browser.driver().findElement(By.id("password")).sendKeys(LeoIntegrationTest.ADMIN_PASSWORD, Keys.ENTER);
			browser.waiting().until(ExpectedConditions.urlContains("/staff"));
			List<String> pages = new ArrayList<>(STAFF_PAGES);
			pages.add("/staff/personnel/" + roster.findByBadge("55001").orElseThrow().id());
			for (String page : pages) {
				browser.go(page);
				Accessibility.seriousViolations(browser.driver()).forEach(v -> violations.add(page + " → " + v));
			}
			browser.go("/?lang=es");
			browser.screenshot("landing-es");
		}
		assertThat(violations).isEmpty();
	}
}
