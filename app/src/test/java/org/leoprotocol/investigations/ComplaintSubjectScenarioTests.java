package org.leoprotocol.investigations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
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
 * An officer named in a complaint is its subject from the moment the complaint is filed, before anyone opens a case: an
 * internal-affairs detective whom a mother names in her complaint no longer lists or reads that complaint (API and
 * triage page, refused in English and Spanish and audited), reads the incident of her child with every identity masked,
 * and, once a case is opened, is refused its case file. A colleague without a stake reads all of it.
 */
@LeoIntegrationTest
class ComplaintSubjectScenarioTests {

	static final String NAMED = "ia.named.subject";
	static final String MOTHER = "Rosalind Quintero";
	static final String CHILD = "Nicolás Quintero";

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
	void theOfficerAComplaintNamesNeverReadsWhoComplainedEvenBeforeACaseExists() throws Exception {
		clock.set(Instant.parse("2026-10-05T09:00:00Z"));
		OfficerId detective = roster
			.enlist(new NewOfficer("9411", "Rupert", "Vance", "Detective", null, LocalDate.of(2012, 2, 1), null));
		staff.ensureAccount(
				new NewStaffAccount(NAMED, "Detective Rupert Vance", detective.value(), Set.of(Role.INVESTIGATOR),
						StaffAccountsForTests.PASSWORD));
		String incident = childFound();
		mvc.perform(get("/api/v1/incidents/{id}", incident).with(named())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Quintero")));

		CaseApi api = new CaseApi(mvc, staff);
		String[] filed = new ScenarioSteps(mvc, api).file("""
				{"kind":"COMPLAINT","filedFor":"ON_BEHALF","name":"%s","representedPerson":"%s","relationship":"mother",
				 "aboutAChild":true,"email":"rq@example.org","occurredOn":"that morning","location":"Central square",
				 "narrative":"Detective Vance shouted at my son Nico and at the witness, Mr Oduya.",
				 "officers":[{"badgeNumber":"9411","name":"Rupert Vance"}]}
				""".formatted(MOTHER, CHILD), "198.51.100.141");
		String complaint = filed[2];

		mvc.perform(get("/api/v1/complaints").param("stage", "RECEIVED").with(named())).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(filed[0]))))
			.andExpect(content().string(not(containsString("Quintero"))));
		mvc.perform(get("/api/v1/complaints/{id}", complaint).with(named())).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.messageKey").value("complaints.subject.refused"))
			.andExpect(jsonPath("$.detail").value(containsString("never reads who complained")))
			.andExpect(content().string(not(containsString("Quintero"))));
		mvc.perform(get("/api/v1/complaints/{id}", complaint).with(named()).header("Accept-Language", "es"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("nunca lee quién se quejó")));
		mvc.perform(get("/api/v1/complaints/{id}/stages", complaint).with(named())).andExpect(status().isForbidden());
		mvc.perform(
				post("/api/v1/complaints/{id}/stage", complaint).with(named()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"stage\":\"CLOSED\",\"note\":\"nothing to see\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/investigations/triage").with(named())).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(filed[0]))))
			.andExpect(content().string(not(containsString("Oduya"))));
		mvc.perform(post("/staff/investigations/triage/{c}", complaint).with(named()).with(csrf())
			.param("caseType", "CITIZEN_COMPLAINT")
			.param("badgeNumber", "9411").param("category", "DISCOURTESY")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/incidents/{id}", incident).with(named())).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Quintero"))));

		api.get(Role.INVESTIGATOR, "/api/v1/complaints/{id}", complaint).andExpect(status().isOk())
			.andExpect(jsonPath("$.submission.name").value(MOTHER));
		api.get(Role.INVESTIGATOR, "/staff/investigations/triage")
			.andExpect(content().string(containsString(filed[0])));
		assertThat(jdbc
			.sql("""
					select count(*) from audit_event where component = 'complaints' and outcome = 'FAILURE' and actor = :who and record_id = :id
					""")
			.param("who", NAMED).param("id", complaint).query(Long.class).single()).as("every refused read audited")
			.isEqualTo(5);

		String caseId = api.open("CITIZEN_COMPLAINT", complaint, "9411", "DISCOURTESY");
		mvc.perform(get("/api/v1/investigations/{id}", caseId).with(named())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/incidents/{id}", incident).with(named()))
			.andExpect(content().string(not(containsString("Quintero"))));
	}

	private String childFound() throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/incidents").with(StaffAccountsForTests.as(staff, Role.OFFICER))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"kind":"FOUND_CHILD","location":"Central square, by the fountain",
					 "person":{"name":"%s","age":6,"condition":"UNHARMED","riskFactors":["OUT_OF_ZONE_OF_SAFETY"],
					           "description":"boy, green coat"}}
					""".formatted(CHILD))).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id");
	}

	private RequestPostProcessor named() {
		return httpBasic(NAMED, StaffAccountsForTests.PASSWORD);
	}
}
