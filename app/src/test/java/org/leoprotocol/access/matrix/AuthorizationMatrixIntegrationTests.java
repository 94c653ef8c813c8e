package org.leoprotocol.access.matrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.Roster;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint the application serves, asked by nobody and by each demo role, through the real security chain (signed
 * in as the account the application itself loads, so the password hash is checked once, not per request), against
 * {@code authorization-rules.txt}. A new endpoint without a rule, a rule whose endpoint is gone, an answer other than
 * the rule's and any server error fail the test, each named. The callers have no relation to the records asked about
 * (see the relation matrix for the other relations). Writes carry a CSRF token and an empty form or JSON object, so a
 * refusal is about who asks, not about a forged request; what the handler then says about the empty input does not
 * matter here. Run with {@code -Dleo.matrix.observed=directory} to write the answers seen as a rule table there, for
 * review.
 */
@LeoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;
	@Autowired
	UserDetailsService users;
	@Autowired
	JdbcClient jdbc;

	MatrixRecords records;

	@BeforeAll
	void records() throws Exception {
		clock.resetToSystemTime();
		records = MatrixRecords.create(mvc, roster, staff, users);
	}

	@Test
	void everyEndpointHasARuleAndEveryRuleAnEndpoint() throws Exception {
		AuthorizationRules.assertCovers(AuthorizationRules.ROLES, Caller.columns(), Endpoint.servedBy(context),
				"endpoints");
	}

	@Test
	void everyCallerGetsTheAnswerOfTheRuleTable() throws Exception {
		Map<String, String> callers = new LinkedHashMap<>();
		for (Caller caller : Caller.values()) {
			callers.put(caller.column(), caller.signedIn() ? caller.username() : null);
		}
		List<String> wrong = AuthorizationRules.walk(AuthorizationRules.ROLES, callers, Endpoint.servedBy(context),
				records, Outcome::of);
		assertThat(wrong).as("answers that differ from %s", AuthorizationRules.ROLES).isEmpty();
	}

	/**
	 * A hole the matrix showed: every signed-in role read another officer's status history and personnel actions. Now a
	 * patrol officer and a board member read the roster entry only, and the withheld part is audited.
	 */
	@Test
	void anOfficerReadsAColleaguesRosterEntryButNotHisPersonnelActions() throws Exception {
		String colleague = MatrixRecords.enlist(roster, "8820", "colleague", MatrixRecords.UNIT).value().toString();
		mvc.perform(post("/api/v1/officers/{id}/status", colleague).with(records.signedIn(Caller.CHIEF.username()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"status\":\"ADMINISTRATIVE_LEAVE\",\"reason\":\"administrative leave pending review\",\"caseReference\":\"IA-2026-0088\"}"))
			.andExpect(status().isOk());

		mvc.perform(get("/api/v1/officers/{id}", colleague).with(records.signedIn(Caller.SERGEANT.username())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.history[0].caseReference").value("IA-2026-0088"));
		for (Caller caller : List.of(Caller.OFFICER, Caller.BOARD)) {
			mvc.perform(get("/api/v1/officers/{id}", colleague).with(records.signedIn(caller.username())))
				.andExpect(status().isOk()).andExpect(jsonPath("$.officer.badgeNumber").value("8820"))
				.andExpect(jsonPath("$.history.length()").value(0)).andExpect(jsonPath("$.actions.length()").value(0));
			mvc.perform(get("/staff/personnel/{id}", colleague).with(records.signedIn(caller.username())))
				.andExpect(status().isOk()).andExpect(content().string(not(containsString("IA-2026-0088"))));
		}
		assertThat(jdbc
			.sql("""
					select count(*) from audit_event where actor = :actor and outcome = 'FAILURE' and record_type = 'OfficerHistory'
					 and record_id = :id""")
			.param("actor", Caller.OFFICER.username()).param("id", colleague).query(Long.class).single())
			.isEqualTo(2);
	}
}
