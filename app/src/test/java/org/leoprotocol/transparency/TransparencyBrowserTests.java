package org.leoprotocol.transparency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leoprotocol.Browser;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintReceived;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A visitor opens the portal from the start page, filters by year and sees the chart drawn beside its numbers. */
@LeoIntegrationTest
class TransparencyBrowserTests {

	static final Instant RECEIVED = Instant.parse("2039-03-03T12:00:00Z");

	@LocalServerPort
	int port;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aVisitorFiltersThePortalByYearAndSeesTheChartWithItsTable() throws Exception {
		for (int i = 0; i < 6; i++) {
			new TransactionTemplate(transactions).executeWithoutResult(status -> events
				.publishEvent(new ComplaintReceived(ComplaintId.random(), RECEIVED, List.of(), false)));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
				"select coalesce(max(complaints), 0) from transparency_complaints_received where year = 2039 and unit = '*'")
			.query(Long.class).single() >= 6);

		try (Browser browser = Browser.open(port)) {
			var driver = browser.driver();
			browser.go("/");
			driver.findElement(By.linkText("Open the transparency portal")).click();
			browser.waiting().until(ExpectedConditions.urlContains("/transparency"));
			new Select(driver.findElement(By.id("filter-year"))).selectByValue("2039");
			driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
			browser.waiting().until(ExpectedConditions.urlContains("year=2039"));
			browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
					"return typeof Chart !== 'undefined' && Chart.getChart(document.querySelector('canvas[data-chart-table=\"chart-by-year\"]')) !== undefined"));
			assertThat(driver.findElement(By.id("chart-by-year")).getText()).contains("2039");
			assertThat(browser.screenshot("transparency-portal")).exists();
		}
	}
}
