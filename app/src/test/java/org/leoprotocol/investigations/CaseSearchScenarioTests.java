package org.leoprotocol.investigations;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scenario 000's file review: an investigator finds Agnes Gable's closed complaint against Officer Miller by officer,
 * complainant, case number and date, in the API and on the list page (EN/ES); a conflicted investigator does not find
 * it; a finding recorded without a choice is refused with a clear sentence.
 */
@LeoIntegrationTest
class CaseSearchScenarioTests {

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
	JdbcClient jdbc;

	@Test
	void investigatorsFindClosedCasesByOfficerComplainantNumberAndDate() throws Exception {
		roster.establishUnit("HQ", "Office of the Chief", null);
		roster.establishUnit("IA", "Internal Affairs Division", "HQ");
		roster.establishUnit("PATROL", "Patrol Bureau", "HQ");
		roster.enlist(new NewOfficer("8734", "Marcus", "Searchtest", "Police Officer", "PATROL",
				LocalDate.of(2011, 4, 1), null));
		roster.enlist(new NewOfficer("6151", "Nora", "Finder", "Sergeant", "IA", LocalDate.of(2009, 1, 1), null));
		investigators.register("ia.finder", "Sergeant Nora Finder", "6151");
		investigators.register("ia.cousin", "Cousin of the officer", null);
		investigators.declare("ia.cousin", "8734", "cousin");
		CaseApi api = new CaseApi(mvc, staff);
		ScenarioSteps steps = new ScenarioSteps(mvc, api);

		clock.set(Instant.parse("2024-06-13T10:00:00Z"));
		String[] complaint = steps.file(
				"""
						{"kind":"COMPLAINT","filedFor":"SELF","name":"Agnes Searchgable","narrative":"My purse was snatched and the officer waved me off.",
						 "occurredOn":"that day","location":"central square","officers":[{"badgeNumber":"8734","name":"Marcus Searchtest"}]}
						""",
				"198.51.100.40");
		String caseId = api.open("CITIZEN_COMPLAINT", complaint[2], "8734", "DISCOURTESY");
		String allegation = api.allegation(caseId, 0);
		api.assign(caseId, "ia.finder").andExpect(status().isOk());
		api.post(Role.INVESTIGATOR, "/api/v1/investigations/{id}/allegations/{a}/findings",
				"{\"stage\":\"RECOMMENDED\",\"finding\":null}", caseId, allegation)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("needtoknow.finding.choose"));
		api.get(Role.INVESTIGATOR, "/staff/investigations/{id}", caseId).andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"\" selected>— choose a finding —</option>")));
		String number = steps.investigateAndClose(caseId, "ia.finder", "NOT_SUSTAINED", null);
		clock.set(Instant.parse("2026-06-14T10:00:00Z"));

		staff.ensureAccount(new StaffDirectory.NewStaffAccount("ia.finder", "Sergeant Nora Finder", null,
				java.util.Set.of(Role.INVESTIGATOR),
				org.leoprotocol.StaffAccountsForTests.PASSWORD));
		var finder = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.httpBasic("ia.finder",
					org.leoprotocol.StaffAccountsForTests.PASSWORD);
		for (String query : new String[] { "officer=8734", "officer=searchtest", "complainant=searchgable",
				"number=" + number,
				"from=2024-06-13&to=2024-06-13&officer=8734" }) {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/investigations/search?" + query)
				.with(finder)).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].caseNumber", hasItem(number)))
				.andExpect(jsonPath("$[?(@.caseNumber == '" + number + "')].status", hasItem("CLOSED")));
		}
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/v1/investigations/search?officer=8734&from=2024-06-14")
			.with(finder)).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].caseNumber", not(hasItem(number))));
		api.get(Role.INVESTIGATOR, "/api/v1/investigations/search?from=2024-06-14&to=2024-06-13")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("needtoknow.search.range"));
		assertThat(jdbc
			.sql("select count(*) from audit_event where action = 'SEARCH' and detail like '%complainant=(name)%'")
			.query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from audit_event where detail like '%Searchgable%'").query(Long.class)
			.single()).isZero();

		mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/investigations/search")
					.param("officer", "8734")
					.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
						.httpBasic(StaffSetup.cousin(staff), org.leoprotocol.StaffAccountsForTests.PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$[*].caseNumber", not(hasItem(number))));

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/staff/investigations?complainant=searchgable")
			.with(finder)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Find a case, open or closed")))
			.andExpect(content().string(containsString(number)));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/staff/investigations")
			.param("from", "13/06/2024").header("Accept-Language", "es")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(StaffSetup.cousin(staff), org.leoprotocol.StaffAccountsForTests.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Buscar un caso, abierto o cerrado")))
			.andExpect(content().string(containsString("no es una fecha")));
	}

	/** The conflicted investigator's account. */
	static final class StaffSetup {

		static String cousin(StaffDirectory staff) {
			staff.ensureAccount(new StaffDirectory.NewStaffAccount("ia.cousin", "Cousin of the officer", null,
					java.util.Set.of(Role.INVESTIGATOR), org.leoprotocol.StaffAccountsForTests.PASSWORD));
			return "ia.cousin";
		}
	}
}
