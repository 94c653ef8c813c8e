package org.leoprotocol.investigations;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class InvestigationControllerIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	Investigators investigators;
	@Autowired
	MutableClock clock;
	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void triageOpensACaseAndTheCasePageShowsRefusalsOnThePage() throws Exception {
		clock.resetToSystemTime();
		roster.establishUnit("P-HQ", "Pages test headquarters", null);
		roster.enlist(
				new NewOfficer("66601", "Page", "Subject", "Police Officer", "P-HQ", LocalDate.of(2015, 1, 1), null));
		investigators.register("test-investigator", "Test investigator", null);
		String filed = mvc.perform(post("/api/v1/public/complaints").with(r -> {
			r.setRemoteAddr("203.0.113.66");
			return r;
		})
			.contentType(MediaType.APPLICATION_JSON).content(
					"""
							{"narrative":"He shouted at my daughter <script>x</script>","officers":[{"badgeNumber":"66601"}],"anonymous":true,
							 "occurredOn":"Monday","location":"Library"}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(filed, "$.trackingCode");

		mvc.perform(get("/staff/investigations/triage").with(as(staff, Role.INVESTIGATOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("&lt;script&gt;x&lt;/script&gt;")));
		String complaintId = JsonPath.<java.util.List<String>>read(
				mvc.perform(get("/api/v1/complaints").with(as(staff, Role.INVESTIGATOR)))
					.andReturn().getResponse().getContentAsString(),
				"$[?(@.trackingCode == '" + code + "')].id")
			.get(0);
		mvc.perform(
				post("/staff/investigations/triage/{id}", complaintId).with(as(staff, Role.INVESTIGATOR)).with(csrf())
					.param("caseType", "CITIZEN_COMPLAINT").param("badgeNumber", "no-such-badge")
					.param("category", "DISCOURTESY")
					.param("description", "Shouting at a child"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("No officer with badge number no-such-badge")));
		String location = mvc
			.perform(post("/staff/investigations/triage/{id}", complaintId).with(as(staff, Role.INVESTIGATOR))
				.with(csrf())
				.param("caseType", "CITIZEN_COMPLAINT").param("badgeNumber", "66601").param("category", "DISCOURTESY")
				.param("description", "Shouting at a child"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		org.assertj.core.api.Assertions.assertThat(location).startsWith("/staff/investigations/");

		mvc.perform(post(location + "/close").with(as(staff, Role.COMMAND)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("cannot close it")));
		mvc.perform(post(location + "/assignment").with(as(staff, Role.COMMAND)).with(csrf()).param("investigator",
				"test-investigator"))
			.andExpect(redirectedUrl(location));
		mvc.perform(get(location).with(as(staff, Role.INVESTIGATOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"investigator\">test-investigator")))
			.andExpect(content().string(containsString("badge 66601, Page Subject")));
		mvc.perform(post(location + "/personnel-actions").with(as(staff, Role.COMMAND)).with(csrf())
			.param("badgeNumber", "66601")
			.param("action", "ADMINISTRATIVE_LEAVE").param("reason", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A personnel action needs a reason")));
		mvc.perform(post(location + "/personnel-actions").with(as(staff, Role.COMMAND)).with(csrf())
			.param("badgeNumber", "66601")
			.param("action", "ADMINISTRATIVE_LEAVE").param("reason", "pending the investigation"))
			.andExpect(redirectedUrl(location));
		String proposal = jdbc.sql("select id from case_personnel_proposal where investigation_id = cast(:id as uuid)")
			.param("id", location.substring(location.lastIndexOf('/') + 1)).query(String.class).single();
		mvc.perform(get(location).with(as(staff, Role.COMMAND))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Waiting for approval")));
		mvc.perform(post(location + "/personnel-actions/" + proposal + "/approval").with(as(staff, Role.COMMAND))
			.with(csrf())
			.header("Accept-Language", "es").cookie(new jakarta.servlet.http.Cookie("LEO_LANG", "es")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("debe aprobarla otra persona")));
		org.assertj.core.api.Assertions.assertThat(roster.findByBadge("66601").orElseThrow().status())
			.isEqualTo(org.leoprotocol.personnel.OfficerStatus.ACTIVE);
		staff.ensureAccount(new org.leoprotocol.access.StaffDirectory.NewStaffAccount(CaseApi.SECOND_COMMAND,
				"Second member of command",
				null, java.util.Set.of(Role.COMMAND), org.leoprotocol.StaffAccountsForTests.PASSWORD));
		mvc.perform(post(location + "/personnel-actions/" + proposal + "/approval").with(csrf())
			.with(httpBasic(CaseApi.SECOND_COMMAND, org.leoprotocol.StaffAccountsForTests.PASSWORD)))
			.andExpect(redirectedUrl(location));
		mvc.perform(
				post(location + "/hearings").with(as(staff, Role.COMMAND)).with(csrf()).param("purpose", "DISCIPLINARY")
					.param("subjectBadge", "66601").param("attendees", "Frank Doyle, union representative"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("hearings are held on closed cases")));
		org.assertj.core.api.Assertions.assertThat(roster.findByBadge("66601").orElseThrow().status())
			.isEqualTo(org.leoprotocol.personnel.OfficerStatus.ADMINISTRATIVE_LEAVE);
		mvc.perform(get("/staff/investigations").with(as(staff, Role.INVESTIGATOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Caseload per investigator")));
		mvc.perform(get("/staff/investigations").with(as(staff, Role.OFFICER))).andExpect(status().isForbidden());
		mvc.perform(get("/public/cases/{n}", "IA-0000-" + UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/staff/board").with(as(staff, Role.REVIEW_BOARD))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Hearings waiting for a decision")));
		mvc.perform(get("/staff/board").with(as(staff, Role.INVESTIGATOR))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/board/cases/{id}", location.substring(location.lastIndexOf('/') + 1))
			.with(as(staff, Role.REVIEW_BOARD)))
			.andExpect(status().isConflict());
		mvc.perform(get("/public/minutes")).andExpect(status().isOk())
			.andExpect(content().string(startsWith("<!DOCTYPE html>")))
			.andExpect(content().string(not(containsString("Page Subject"))));
	}
}
