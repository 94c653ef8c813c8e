package org.leoprotocol.protocol;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.leoprotocol.Accessibility;
import org.leoprotocol.Browser;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An officer on scene with a phone (390 × 844): the field view shows the found child's next step with its clock,
 * reminds him his camera is off, shows the broadcast without the child's name, and one tap records the step as done by
 * him. No serious accessibility violation in English or Spanish, and nothing wider than the screen.
 */
@LeoIntegrationTest
class FieldViewBrowserTests {

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
	Scheduler scheduler;
	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerOnAPhoneTicksOffTheNextStepAsHimselfInOneTap() throws Exception {
		ProtocolFixtures fixtures = new ProtocolFixtures(roster, staff, clock, scheduler, jdbc);
		clock.set(Instant.parse("2026-07-18T09:00:00Z"));
		RequestPostProcessor officer = fixtures.officer("3901", "Tomas", "Lindqvist", "Officer", "NORTH-A",
				Role.OFFICER);
		String body = mvc
			.perform(post("/api/v1/incidents").with(officer).contentType(MediaType.APPLICATION_JSON).content("""
					{"kind":"FOUND_CHILD","location":"Palm Avenue bus stop","responsibleOfficerBadge":"3901",
					 "person":{"name":"Kaimana Field","age":4,"condition":"UNHARMED","riskFactors":[],
					           "description":"boy, green raincoat, red boots"}}
					""")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		for (String event : List.of("ASSIGNED", "ARRIVED")) {
			mvc.perform(
					post("/api/v1/incidents/{id}/dispatch", id).with(officer).contentType(MediaType.APPLICATION_JSON)
						.content(ProtocolFixtures.dispatch(event, "3901")))
				.andExpect(status().is2xxSuccessful());
		}
		List<String> violations = new ArrayList<>();
		try (Browser browser = Browser.open(port)) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(390, 844));
			browser.go("/staff/field");
			driver.findElement(By.id("username")).sendKeys("officer-3901");
			driver.findElement(By.id("password")).sendKeys(StaffAccountsForTests.PASSWORD, Keys.ENTER);
			browser.waiting().until(
					ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-list a[href$='" + id + "']")));
			violations.addAll(Accessibility.seriousViolations(driver));
			driver.findElement(By.cssSelector(".field-list a[href$='" + id + "']")).click();

			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("next-step-title")));
			assertThat(driver.findElement(By.id("next-step-title")).getText()).isEqualTo("Engage the person");
			assertThat(driver.findElement(By.id("camera-reminder")).getText()).contains("Body camera");
			assertThat(driver.findElement(By.id("broadcast-text")).getText()).contains("green raincoat")
				.doesNotContain("Kaimana");
			assertThat(driver.findElement(By.tagName("main")).getText()).contains("UTC").doesNotContain("Kaimana");
			assertThat(fitsTheScreen(driver)).as("nothing wider than a 390 px phone").isTrue();
			violations.addAll(Accessibility.seriousViolations(driver));
			browser.go("/staff/field/" + id + "?lang=es");
			assertThat(driver.findElement(By.id("next-step")).getText()).isEqualTo("Siguiente paso");
			violations.addAll(Accessibility.seriousViolations(driver));
			browser.go("/staff/field/" + id + "?lang=en");

			driver.findElement(By.id("step-done")).click();

			browser.waiting().until(
					ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "done by you"));
			assertThat(browser.screenshot("field-view-phone")).exists();
		}
		assertThat(violations).isEmpty();
		mvc.perform(get("/api/v1/incidents/{id}", id).with(officer))
			.andExpect(jsonPath("$.steps[?(@.code == 'ENGAGE_PERSON')].status")
				.value(org.hamcrest.Matchers.contains("DONE")));
		assertThat(jdbc.sql("select s.done_by_officer = o.id from incident_step s, officer o where s.incident_id = :i"
				+ " and s.code = 'ENGAGE_PERSON' and o.badge_number = '3901'")
			.param("i", java.util.UUID.fromString(id))
			.query(Boolean.class).single()).isTrue();
	}

	private static boolean fitsTheScreen(WebDriver driver) {
		Object wide = ((JavascriptExecutor) driver).executeScript(
				"return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
		return Boolean.TRUE.equals(wide);
	}
}
