package org.leoprotocol.access;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.leoprotocol.Browser;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two browsers at two addresses: an attacker at the machine's network address guesses a sergeant's password until Leo
 * locks that address out of her account, while the sergeant, at her own address (loopback here), signs in with her
 * password as usual. The attacker is locked out even once he has the right password, and the audit trail names his
 * address and his lock.
 */
@LeoIntegrationTest
class LockoutBrowserTests {

	private static final String SERGEANT = "lockout.sergeant";
	private static final String PASSWORD = "the-sergeants-own-password";

	@LocalServerPort
	int port;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTime() {
		clock.resetToSystemTime();
	}

	@Test
	void anAttackerLockedOutAtHisAddressCannotLockTheSergeantOut() throws Exception {
		String attackerAddress = networkAddress().orElse(null);
		Assumptions.assumeTrue(attackerAddress != null, "this machine has no network address besides loopback");
		clock.resetToSystemTime();
		staff.ensureAccount(new NewStaffAccount(SERGEANT, "Sergeant Lockout", null, Set.of(Role.SUPERVISOR), PASSWORD));

		try (Browser attacker = Browser.open(port); Browser sergeant = Browser.open(port)) {
			for (int guess = 1; guess <= 7; guess++) {
				signIn(attacker.driver(), "http://" + attackerAddress + ":" + port, "guess-" + guess);
				attacker.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-problem")));
				clock.advance(Duration.ofSeconds(9));
			}
			signIn(attacker.driver(), "http://" + attackerAddress + ":" + port, PASSWORD);
			attacker.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-problem")));
			assertThat(attacker.driver().getCurrentUrl()).as("locked out even with the right password")
				.contains("/login");

			signIn(sergeant.driver(), "http://localhost:" + port, PASSWORD);
			sergeant.waiting().until(ExpectedConditions.urlMatches(".*/staff$"));
			assertThat(sergeant.driver().findElement(By.tagName("body")).getText()).contains(SERGEANT);
		}

		List<String> audit = jdbc.sql("""
				select outcome || ' ' || coalesce(source_address, '?') || ' ' || coalesce(detail, '-') from audit_event
				where actor = :user and action = 'LOGIN' order by position
				""").param("user", SERGEANT).query(String.class).list();
		assertThat(audit).anyMatch(line -> line
			.startsWith("FAILURE " + attackerAddress + " audit.detail.login.locked|"));
		assertThat(audit).anyMatch(
				line -> line.startsWith("FAILURE " + attackerAddress + " audit.detail.login.refused|LockedException"));
		assertThat(audit).last()
			.satisfies(line -> assertThat(line).startsWith("SUCCESS ").doesNotContain(attackerAddress));
	}

	private static void signIn(WebDriver driver, String base, String password) {
		driver.get(base + "/login");
		driver.findElement(By.id("username")).sendKeys(SERGEANT);
		driver.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
	}

	/** The first IPv4 address of an interface that is up and not loopback: connecting to it comes from it. */
	private static Optional<String> networkAddress() throws SocketException {
		for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (network.isUp() && !network.isLoopback()) {
				for (InetAddress address : Collections.list(network.getInetAddresses())) {
					if (address instanceof Inet4Address) {
						return Optional.of(address.getHostAddress());
					}
				}
			}
		}
		return Optional.empty();
	}
}
