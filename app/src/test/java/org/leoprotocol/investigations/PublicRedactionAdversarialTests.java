package org.leoprotocol.investigations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.redaction.NameSpellings;
import org.leoprotocol.shared.redaction.RedactionGate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tester's attack, at scale: at least fifty spellings of the scenario children's and complainants' names (Tommy,
 * Diego, Cora Miller, Malakai, scenario 002's daughter) written into every public free text Leo has — review-board
 * minutes, a public case summary, description broadcasts and their CAP and PFIF exports, outreach events and survey
 * results — and then every public output, the transparency portal and its open data included, read back: none of them
 * may carry a single spelling the redaction gate recognises.
 */
@LeoIntegrationTest
class PublicRedactionAdversarialTests {

	static final Instant NOW = Instant.parse("2026-08-03T10:00:00Z");
	static final List<NameSpellings.Spelling> SPELLINGS = NameSpellings.all();
	static final String ALL = SPELLINGS.stream().map(NameSpellings.Spelling::written).collect(Collectors.joining("; "));

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

	@Test
	void noSpellingOfAScenarioNameReachesAnyPublicOutput() throws Exception {
		clock.set(NOW);
		assertThat(SPELLINGS).hasSizeGreaterThanOrEqualTo(50);
		List<String> incidents = childrenReported();
		List<String> outputs = new ArrayList<>();
		for (String incident : incidents) {
			refusesEveryNamedBroadcast(incident);
			outputs.add(read(get("/api/v1/incidents/{id}/pfif", incident).with(officer())));
			String broadcast = JsonPath.read(mvc
				.perform(post("/api/v1/incidents/{id}/broadcasts", incident).with(officer())
					.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"boy, red jacket, blue sneakers\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
			outputs.add(read(get("/api/v1/incidents/{id}/broadcasts/{b}/cap", incident, broadcast).with(officer())));
		}

		CaseApi api = new CaseApi(mvc, staff);
		String caseNumber = aCaseWithMinutesAndSummaryNamingEveryone(api);
		outputs.add(read(get("/api/v1/public/cases/{n}", caseNumber)));
		outputs.add(read(get("/public/cases/{n}", caseNumber)));
		outputs.add(read(get("/public/cases/{n}", caseNumber).param("lang", "es")));
		outputs.add(read(get("/api/v1/public/minutes")));
		outputs.add(read(get("/public/minutes")));

		anEventNamingEveryone();
		for (String page : List.of("/api/v1/public/engagement/events", "/public/events", "/public/engagement/results",
				"/api/v1/public/engagement/results", "/transparency", "/transparency/officers", "/transparency/data",
				"/api/public/v1/tables", "/api/public/v1/statistics", "/transparency/data/complaints-received.csv")) {
			outputs.add(read(get(page)));
		}

		assertThat(String.join("\n", outputs)).contains("[child]").contains("[complainant]");
		for (String output : outputs) {
			assertThat(RedactionGate.namesIn(output, NameSpellings.PEOPLE))
				.as("names the gate recognises in a public output").isEmpty();
			for (NameSpellings.Spelling spelling : SPELLINGS) {
				assertThat(output).doesNotContain(spelling.written());
			}
		}
	}

	/** An incident for each child, so that every child is on record. */
	private List<String> childrenReported() throws Exception {
		List<String> ids = new ArrayList<>();
		for (String name : List.of("Thomas \\\"Tommy\\\" Reyes", "Diego", "Malakai Tupou", "Sofía Brandt")) {
			ids.add(JsonPath.read(mvc
				.perform(post("/api/v1/incidents").with(officer()).contentType(MediaType.APPLICATION_JSON).content("""
						{"kind":"FOUND_CHILD","location":"Central square, by the fountain",
						 "person":{"name":"%s","age":5,"condition":"UNHARMED","riskFactors":["OUT_OF_ZONE_OF_SAFETY"],
						           "description":"boy, red jacket, blue sneakers"}}
						""".formatted(name))).andExpect(status().isCreated()).andReturn().getResponse()
				.getContentAsString(), "$.id"));
		}
		return ids;
	}

	private void refusesEveryNamedBroadcast(String incident) throws Exception {
		String child = JsonPath.read(read(get("/api/v1/incidents/{id}", incident).with(officer())), "$.person.name");
		for (NameSpellings.Spelling spelling : SPELLINGS) {
			if (RedactionGate
				.namesIn(spelling.written(), List.of(org.leoprotocol.shared.redaction.PersonInRecord.of(child,
						org.leoprotocol.shared.redaction.Party.CHILD)))
				.isEmpty()) {
				continue;
			}
			mvc.perform(post("/api/v1/incidents/{id}/broadcasts", incident).with(officer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"boy, red jacket, answers to " + spelling.written() + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.messageKey").value("redaction.broadcast.named"));
		}
	}

	/**
	 * Cora Miller's complaint for her son Tommy, statements naming Diego, Malakai and Sofía, closed; minutes and a
	 * public summary written with every spelling, each approved by a second person.
	 */
	private String aCaseWithMinutesAndSummaryNamingEveryone(CaseApi api) throws Exception {
		roster.enlist(new NewOfficer("9301", "Adam", "Ashby", "Police Officer", null, LocalDate.of(2015, 1, 1), null));
		roster.enlist(new NewOfficer("9302", "Ines", "Ortega", "Sergeant", null, LocalDate.of(2010, 1, 1), null));
		investigators.register("adv.ortega", "Sergeant Ines Ortega", "9302");
		ScenarioSteps steps = new ScenarioSteps(mvc, api);
		String[] cora = steps.file(
				"""
						{"kind":"COMPLAINT","filedFor":"ON_BEHALF","name":"Cora Miller","representedPerson":"Thomas \\"Tommy\\" Reyes",
						 "relationship":"mother","aboutAChild":true,"narrative":"The officer ignored my son.","occurredOn":"that day",
						 "location":"central square","officers":[{"badgeNumber":"9301","name":"Adam Ashby"}]}
						""",
				"198.51.100.93");
		String caseId = api.open("CITIZEN_COMPLAINT", cora[2], "9301", "NEGLECT_OF_DUTY");
		for (String[] statement : new String[][] { { "Diego", "child" }, { "Malakai Tupou", "child" },
				{ "Sofía Brandt", "daughter" } }) {
			api.post(Role.INVESTIGATOR, "/api/v1/investigations/{id}/entries", """
					{"kind":"STATEMENT","personRole":"%s","personName":"%s","content":"A statement."}
					""".formatted(statement[1], statement[0]), caseId).andExpect(status().isCreated());
		}
		String caseNumber = steps.investigateAndClose(caseId, "adv.ortega", "SUSTAINED", null);

		List<String> members = List.of("adv.board.one", "adv.board.two", "adv.board.three");
		for (String member : members) {
			staff.ensureAccount(new NewStaffAccount(member, member, null, Set.of(Role.REVIEW_BOARD),
					StaffAccountsForTests.PASSWORD));
			api.post(Role.COMMAND, "/api/v1/board/members",
					"{\"username\":\"%s\",\"displayName\":\"%s\"}".formatted(member, member))
				.andExpect(status().isOk());
		}
		String hearing = JsonPath.read(api.post(Role.REVIEW_BOARD, "/api/v1/investigations/{id}/hearings", """
				{"purpose":"BOARD_REVIEW","attendees":[{"name":"Cora Miller","role":"complainant"}],
				 "minutes":"Heard her son Diego, 9, and su hija Sofía, de 7 años. Spellings: %s"}
				""".formatted(ALL.replace("\"", "")), caseId).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id");
		for (String member : members) {
			mvc.perform(
					post("/api/v1/hearings/{id}/votes", hearing).with(httpBasic(member, StaffAccountsForTests.PASSWORD))
						.contentType(MediaType.APPLICATION_JSON).content("{\"choice\":\"CONCUR\"}"))
				.andExpect(status().isOk());
		}
		api.post(Role.COMMAND, "/api/v1/hearings/{id}/decision", "{}", hearing).andExpect(status().isOk());
		String summary = JsonPath.read(api.put(Role.INVESTIGATOR, "/api/v1/investigations/{id}/public-summary",
				"{\"text\":\"The case of T0mmy and his mother. %s\"}".formatted(ALL.replace("\"", "")), caseId)
			.andExpect(status().isOk()).andExpect(jsonPath("$.approvedBy").doesNotExist())
			.andReturn().getResponse().getContentAsString(), "$.id");
		assertThat(read(get("/api/v1/public/cases/{n}", caseNumber))).doesNotContain("[child]");
		api.post(Role.INVESTIGATOR, "/api/v1/public-texts/{id}/approval", "{}", summary)
			.andExpect(status().isForbidden());
		api.post(Role.REVIEW_BOARD, "/api/v1/public-texts/{id}/approval", "{}", summary).andExpect(status().isOk());
		String minutes = JsonPath.<List<String>>read(
				read(get("/api/v1/public-texts/pending").with(StaffAccountsForTests.as(staff, Role.COMMAND))),
				"$[?(@.subjectId == '%s')].id".formatted(hearing))
			.get(0);
		api.post(Role.COMMAND, "/api/v1/public-texts/{id}/approval", "{}", minutes).andExpect(status().isOk());
		return caseNumber;
	}

	private void anEventNamingEveryone() throws Exception {
		mvc.perform(post("/api/v1/engagement/events").with(StaffAccountsForTests.as(staff, Role.COMMAND))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"title":"Picnic for T0mmy and Diego","startsAt":"2026-09-12T16:00:00Z","place":"C0ra M1ller's garden",
							 "activities":"%s","capacity":20,"language":"en"}
							"""
						.formatted(ALL.replace("\"", ""))))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/engagement/events").with(StaffAccountsForTests.as(staff, Role.COMMAND))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"title":"Thank-you morning for M.a.l.a.k.a.i and S0fia","startsAt":"2026-07-01T16:00:00Z","place":"Station",
							 "activities":"Coffee","capacity":20,"language":"en"}
							"""))
			.andExpect(status().isCreated());
	}

	private RequestPostProcessor officer() {
		return StaffAccountsForTests.as(staff, Role.OFFICER);
	}

	private String read(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
