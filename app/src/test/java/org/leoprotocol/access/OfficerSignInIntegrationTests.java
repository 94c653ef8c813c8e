package org.leoprotocol.access;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.OfficerStatus;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class OfficerSignInIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;

	String username;
	OfficerId officer;

	@BeforeEach
	void officerWithAccount() {
		clock.set(Instant.parse("2034-02-01T09:00:00Z"));
		roster.establishUnit("SI-SQUAD", "Sign-in test squad", null);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		officer = roster.enlist(
				new NewOfficer("SI" + suffix, "Signing", "In", "Sergeant", "SI-SQUAD", LocalDate.of(2015, 1, 1), null));
		username = "si-" + suffix;
		staff.ensureAccount(new StaffDirectory.NewStaffAccount(username, "Sgt. Signing In", officer.value(),
				Set.of(Role.SUPERVISOR),
				StaffAccountsForTests.PASSWORD));
	}

	@Test
	void aTerminatedOfficersSessionStopsWorkingAtOnceAndTheAccountIsDisabled() throws Exception {
		Cookie session = signIn();
		mvc.perform(get("/staff/personnel/duty").cookie(session)).andExpect(status().isOk());

		roster.changeStatus(officer, OfficerStatus.TERMINATED, "terminated by the review board", "IA-1",
				Actor.staff("test"));

		await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
			.untilAsserted(() -> assertThat(
					mvc.perform(get("/staff/personnel/duty").cookie(session)).andReturn().getResponse().getStatus())
				.as("signed out").isIn(302, 401));
		assertThat(jdbc.sql("select enabled from staff_account where username = :u").param("u", username)
			.query(Boolean.class).single()).isFalse();
		mvc.perform(get("/api/v1/duty").with(httpBasic(username, StaffAccountsForTests.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aSuspendedOfficerCannotSignInUntilReinstated() throws Exception {
		roster.changeStatus(officer, OfficerStatus.SUSPENDED, "suspended for ten days", "IA-2", Actor.staff("test"));
		mvc.perform(get("/api/v1/duty").with(httpBasic(username, StaffAccountsForTests.PASSWORD)))
			.andExpect(status().isUnauthorized());

		roster.changeStatus(officer, OfficerStatus.ACTIVE, "suspension served", "IA-2", Actor.staff("test"));
		mvc.perform(get("/api/v1/duty").with(httpBasic(username, StaffAccountsForTests.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void anOfficerOnLeaveReadsButChangesNothingAndIsToldWhyInTheirLanguage() throws Exception {
		roster.changeStatus(officer, OfficerStatus.ADMINISTRATIVE_LEAVE, "administrative leave", "IA-3",
				Actor.staff("test"));

		mvc.perform(get("/api/v1/duty").with(httpBasic(username, StaffAccountsForTests.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/duty/shifts").with(httpBasic(username, StaffAccountsForTests.PASSWORD))
			.header("Accept-Language", "es")
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.messageKey").value("access.signIn.readOnly"))
			.andExpect(jsonPath("$.detail").value(containsString("licencia administrativa")));
		Cookie session = signIn();
		mvc.perform(post("/staff/personnel/duty/shifts").cookie(session).with(csrf()).header("Accept-Language", "es"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("puede leer, pero no cambiar nada")));
	}

	private Cookie signIn() throws Exception {
		return mvc.perform(formLogin("/login").user(username).password(StaffAccountsForTests.PASSWORD))
			.andReturn().getResponse().getCookie("LEO_SESSION");
	}
}
