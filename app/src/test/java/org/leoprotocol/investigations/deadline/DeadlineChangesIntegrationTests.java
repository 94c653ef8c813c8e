package org.leoprotocol.investigations.deadline;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class DeadlineChangesIntegrationTests {

	static final Instant OPENED = Instant.parse("2031-01-05T15:00:00Z");

	@Autowired
	MockMvc mvc;
	@Autowired
	MutableClock clock;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	Investigations investigations;
	@Autowired
	JdbcClient jdbc;

	Investigation investigation;

	@BeforeEach
	void aCase() {
		clock.set(OPENED);
		investigation = DeadlineFixtures.aCase(investigations, roster);
	}

	@Test
	void commandTollsAndExtendsTheClockAndTheCaseHistoryKeepsBoth() throws Exception {
		Instant firstDue = investigation.dueAt();
		api("tolls",
				"""
						{"from":"2031-02-01","until":"2031-02-10","reason":"Criminal investigation pending","authority":"District Attorney","reference":"DA-31-7"}""")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("TOLL"))
			.andExpect(jsonPath("$.dueAfter").value(firstDue.plus(Duration.ofDays(10)).toString()));
		api("extensions", """
				{"days":20,"reason":"Witness abroad","authority":"Chief of Police"}""").andExpect(status().isCreated());

		mvc.perform(get("/api/v1/investigations/{id}/deadlines", investigation.id())
			.with(StaffAccountsForTests.as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].clock").value("statutory"))
			.andExpect(jsonPath("$[0].firstDue").value(firstDue.toString()))
			.andExpect(jsonPath("$[0].due").value(firstDue.plus(Duration.ofDays(30)).toString()))
			.andExpect(jsonPath("$[0].changes.length()").value(2));
		assertThat(investigations.checkAccess(investigation.id(), Actor.staff("test-command")).dueAt())
			.isEqualTo(firstDue.plus(Duration.ofDays(30)));
		assertThat(jdbc.sql(
				"select count(*) from audit_event where record_id = :id and detail like 'audit.detail.deadline.statutory.%'")
			.param("id", investigation.id().toString()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void refusesChangesWithoutReasonOrAuthorityOrWithATollEndingBeforeItStarts() throws Exception {
		api("tolls", """
				{"from":"2031-02-01","until":"2031-02-10","authority":"Chief of Police"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("investigations.deadline.refused.noReason"));
		api("extensions", """
				{"days":10,"reason":"Witness abroad"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("authority")));
		mvc.perform(post("/api/v1/investigations/{id}/deadlines/statutory/tolls", investigation.id()).with(csrf())
			.with(StaffAccountsForTests.as(staff, Role.COMMAND)).header("Accept-Language", "es")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"from":"2031-02-10","until":"2031-02-01","reason":"Baja","authority":"Jefatura"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Una suspensión no puede terminar antes de empezar."));
		assertThat(investigations.checkAccess(investigation.id(), Actor.staff("test-command")).dueAt())
			.isEqualTo(investigation.dueAt());
	}

	@Test
	void onlyCommandChangesAClock() throws Exception {
		mvc.perform(post("/api/v1/investigations/{id}/deadlines/statutory/extensions", investigation.id()).with(csrf())
			.with(StaffAccountsForTests.as(staff, Role.INVESTIGATOR)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"days\":10,\"reason\":\"More time\",\"authority\":\"Myself\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCasePageShowsTheClockAndItsFormsToCommand() throws Exception {
		String page = "/staff/investigations/" + investigation.id();
		mvc.perform(post(page + "/deadlines/statutory/tolls").with(csrf())
			.with(StaffAccountsForTests.as(staff, Role.COMMAND))
			.param("from", "2031-03-01").param("until", "2031-03-03").param("reason", "Officer on medical leave")
			.param("authority", "Chief of Police").param("reference", "Memo 12"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("notice", containsString("The clock is tolled")));
		mvc.perform(post(page + "/deadlines/statutory/extensions").with(csrf())
			.with(StaffAccountsForTests.as(staff, Role.COMMAND))
			.param("days", "5").param("reason", "").param("authority", "Chief of Police"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("deadlineProblem", "A toll or an extension needs its reason."));
		mvc.perform(post(page + "/deadlines/statutory/tolls").with(csrf())
			.with(StaffAccountsForTests.as(staff, Role.COMMAND))
			.param("lang", "es").param("from", "2031-03-05").param("until", "2031-03-01").param("reason", "Baja médica")
			.param("authority", "Jefatura"))
			.andExpect(flash().attribute("deadlineProblem", "Una suspensión no puede terminar antes de empezar."));
		mvc.perform(post(page + "/deadlines/statutory/extensions").with(csrf())
			.with(StaffAccountsForTests.as(staff, Role.INVESTIGATOR))
			.param("days", "5").param("reason", "More time").param("authority", "Myself"))
			.andExpect(status().isForbidden());
		mvc.perform(get(page).with(StaffAccountsForTests.as(staff, Role.COMMAND)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tolled from 2031-03-01 to 2031-03-03")))
			.andExpect(content().string(containsString("Officer on medical leave")))
			.andExpect(content().string(containsString("id=\"toll-from\"")));
		mvc.perform(get(page).with(StaffAccountsForTests.as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Memo 12")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"toll-from\""))));
	}

	private org.springframework.test.web.servlet.ResultActions api(String kind, String json) throws Exception {
		return mvc.perform(post("/api/v1/investigations/{id}/deadlines/statutory/" + kind, investigation.id())
			.with(csrf())
			.with(StaffAccountsForTests.as(staff, Role.COMMAND)).contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
