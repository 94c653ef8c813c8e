package org.leoprotocol.investigations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A complaint no case has been opened for yet is protected by declared relations too: the investigator who is the
 * complainant's cousin, and the one who declared the named officer his brother-in-law, neither list nor read it, nor
 * move it, nor open a case from it (API and triage page, each refusal audited); a colleague without a stake does all of
 * it.
 */
@LeoIntegrationTest
class ComplaintRelationScenarioTests {

	static final String COUSIN = "ia.cousin.of.complainant";
	static final String IN_LAW = "ia.inlaw.of.officer";
	static final String COMPLAINANT = "Ottilie Brandvold";

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcClient jdbc;

	@Test
	void investigatorsWithADeclaredRelationToTheComplainantOrTheNamedOfficerAreRefusedTheComplaintBeforeAnyCase()
			throws Exception {
		clock.set(Instant.parse("2026-10-12T09:00:00Z"));
		if (roster.findByBadge("9471").isEmpty()) {
			roster.enlist(new NewOfficer("9471", "Harald", "Eide", "Officer", null, LocalDate.of(2015, 3, 1), null));
		}
		account(COUSIN, "9472", "Sigrid", "Lunde");
		account(IN_LAW, "9473", "Petter", "Aas");
		declare(COUSIN, "{\"personName\":\"ottilie  BRANDVOLD\",\"relation\":\"cousin\"}");
		declare(IN_LAW, "{\"badgeNumber\":\"9471\",\"relation\":\"brother-in-law\"}");
		CaseApi api = new CaseApi(mvc, staff);
		String[] filed = new ScenarioSteps(mvc, api)
			.file("""
					{"kind":"COMPLAINT","filedFor":"SELF","name":"%s","email":"ob@example.org","occurredOn":"Saturday night",
					 "location":"Harbour road","narrative":"Officer Eide pushed me against the car without a reason.",
					 "officers":[{"badgeNumber":"9471","name":"Harald Eide"}]}
					"""
				.formatted(COMPLAINANT), "198.51.100.147");
		String complaint = filed[2];

		for (String stake : new String[] { COUSIN, IN_LAW }) {
			mvc.perform(get("/api/v1/complaints").param("stage", "RECEIVED").with(as(stake))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(COMPLAINANT))));
			mvc.perform(get("/api/v1/complaints/{id}", complaint).with(as(stake))).andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString(COMPLAINANT))));
			mvc.perform(get("/api/v1/complaints/{id}/stages", complaint).with(as(stake)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/complaints/{id}/stage", complaint).with(as(stake))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"stage\":\"CLOSED\",\"note\":\"nothing to see\"}")).andExpect(status().isForbidden());
			mvc.perform(get("/staff/investigations/triage").with(as(stake))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(filed[0]))));
			mvc.perform(post("/staff/investigations/triage/{c}", complaint).with(as(stake)).with(csrf())
				.param("caseType", "CITIZEN_COMPLAINT")
				.param("badgeNumber", "9471").param("category", "FORCE")).andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/investigations").with(as(stake)).contentType(MediaType.APPLICATION_JSON).content(
					"""
							{"caseType":"CITIZEN_COMPLAINT","complaintId":"%s","summary":"Pushed against a car","allegations":[
							 {"badgeNumber":"9471","category":"FORCE","description":"As alleged."}]}
							"""
						.formatted(complaint)))
				.andExpect(status().isForbidden());
			assertThat(jdbc
				.sql("select count(*) from audit_event where outcome = 'FAILURE' and actor = :who and record_id = :id")
				.param("who", stake).param("id", complaint).query(Long.class).single())
				.as("refusals of %s audited", stake).isEqualTo(5);
		}

		api.get(Role.INVESTIGATOR, "/api/v1/complaints/{id}", complaint).andExpect(status().isOk())
			.andExpect(jsonPath("$.submission.name").value(COMPLAINANT));
		api.open("CITIZEN_COMPLAINT", complaint, "9471", "FORCE");
		mvc.perform(get("/api/v1/complaints/{id}", complaint).with(as(COUSIN))).andExpect(status().isForbidden());
	}

	void account(String username, String badge, String first, String last) {
		OfficerId officer = roster.findByBadge(badge).map(found -> found.id())
			.orElseGet(() -> roster
				.enlist(new NewOfficer(badge, first, last, "Detective", null, LocalDate.of(2012, 2, 1), null)));
		staff.ensureAccount(new NewStaffAccount(username, "Detective " + first + " " + last, officer.value(),
				Set.of(Role.INVESTIGATOR),
				StaffAccountsForTests.PASSWORD));
	}

	void declare(String username, String json) throws Exception {
		mvc.perform(post("/api/v1/conflicts/relations").with(as(username)).contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isCreated());
	}

	static RequestPostProcessor as(String username) {
		return httpBasic(username, StaffAccountsForTests.PASSWORD);
	}
}
