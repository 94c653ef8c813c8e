package org.leoprotocol.investigations;

import java.time.Duration;
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
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordRef;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.OfficerStatus;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scenario 000 with the conflict of interest the story turns on: the chief who must decide Cora Miller's complaint is
 * her husband and the lost boy's father. He declares it; from then on every decision he would take on the case (final
 * finding, closing, the board's decision, the personnel action) recuses him, the recusal is recorded on the case, and
 * the deputy chief, command's designated alternate, decides. The public case page says the alternate decided, never who
 * was recused or why. And the bad inputs: recusing the last eligible decider, and a relation declared after its
 * declarer already acted.
 */
@LeoIntegrationTest
class Scenario000RecusalTests {

	static final String CHIEF = "chief.recused";
	static final String DEPUTY = LeoIntegrationTest.DEPUTY_CHIEF;

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
	@Autowired
	Conflicts conflicts;
	@Autowired
	TransactionTemplate transactions;

	@Test
	void theChiefIsRecusedFromHisSonsCaseAndTheDeputyChiefDecidesIt() throws Exception {
		CaseApi api = new CaseApi(mvc, staff);
		OfficerId subject = theDepartment("9734", "Marcus", "Miller");
		clock.set(Instant.parse("2026-04-02T10:00:00Z"));
		String caseId = corasCase(api, "Cora Miller", "Tommy Miller", "9734");
		String caseNumber = new ScenarioSteps(mvc, api).caseNumber(caseId);

		declare(CHIEF, "Tommy Miller", "father").andExpect(status().isCreated());
		declare(CHIEF, "cora miller", "husband").andExpect(status().isCreated());
		as(CHIEF, get("/api/v1/conflicts/relations"))
			.andExpect(jsonPath("$[*].relation").value(org.hamcrest.Matchers.hasItems("father", "husband")));

		clock.advance(Duration.ofDays(30));
		recommendAndReview(api, caseId);
		String allegation = api.allegation(caseId, 0);
		finalFinding(CHIEF, caseId, allegation).andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("conflicts.recused"))
			.andExpect(jsonPath("$.detail")
				.value(containsString("you declared a personal relation (")))
			.andExpect(jsonPath("$.detail").value(containsString("passes to the designated alternate, " + DEPUTY)));
		mvc.perform(post("/api/v1/investigations/{id}/allegations/{a}/findings", caseId, allegation)
			.with(httpBasic(CHIEF, StaffAccountsForTests.PASSWORD))
			.header("Accept-Language", "es").contentType(MediaType.APPLICATION_JSON).content(FINAL))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Queda apartado del caso " + caseNumber)))
			.andExpect(jsonPath("$.detail").value(containsString("usted declaró una relación personal")));
		finalFinding(DEPUTY, caseId, allegation).andExpect(status().isOk());
		as(CHIEF, post("/api/v1/investigations/{id}/close", caseId)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("conflicts.recused"));
		as(DEPUTY, post("/api/v1/investigations/{id}/close", caseId)).andExpect(status().isOk())
			.andExpect(jsonPath("$.investigation.status").value("CLOSED"));

		clock.advance(Duration.ofDays(14));
		String hearing = JsonPath.read(api.post(Role.REVIEW_BOARD, "/api/v1/investigations/{id}/hearings",
				"""
						{"purpose":"DISCIPLINARY","subjectBadge":"9734","attendees":[{"name":"A board member","role":"board member"}],
						 "presented":"Body-camera footage","minutes":"The board viewed the footage."}
						""",
				caseId)
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		for (String member : seatedBoard()) {
			as(member,
					post("/api/v1/hearings/{id}/votes", hearing).contentType(MediaType.APPLICATION_JSON)
						.content("{\"choice\":\"TERMINATION\"}"))
				.andExpect(status().isOk());
		}
		as(CHIEF, post("/api/v1/hearings/{id}/decision", hearing)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("conflicts.recused"));
		as(DEPUTY, post("/api/v1/hearings/{id}/decision", hearing)).andExpect(status().isOk())
			.andExpect(jsonPath("$.decision").value("TERMINATION"));
		String termination = JsonPath.<java.util.List<String>>read(
				api.get(Role.COMMAND, "/api/v1/investigations/{id}/personnel-actions", caseId)
					.andReturn().getResponse().getContentAsString(),
				"$[?(@.action == 'TERMINATION')].id")
			.get(0);
		as(CHIEF, post("/api/v1/investigations/{id}/personnel-actions/{p}/approval", caseId, termination))
			.andExpect(status().isConflict());
		assertThat(roster.get(subject).status()).isEqualTo(OfficerStatus.ACTIVE);
		api.approveAsSecond(caseId, termination).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TERMINATED"));

		assertThat(jdbc.sql("select username || ' -> ' || alternate from recusal where case_number = :c")
			.param("c", caseNumber)
			.query(String.class).list()).containsExactly(CHIEF + " -> " + DEPUTY);
		assertThat(jdbc.sql("""
				select count(*) from audit_event where component = 'conflicts' and outcome = 'FAILURE'
				and record_type in ('FINDING', 'CASE', 'HEARING', 'PERSONNEL_ACTION') and actor = :chief
				""").param("chief", CHIEF).query(Long.class).single()).isGreaterThanOrEqualTo(5);
		api.get(Role.COMMAND, "/staff/investigations/{id}", caseId).andExpect(status().isOk())
			.andExpect(content().string(containsString("Recusals")))
			.andExpect(content().string(containsString(CHIEF + " recused as Command")))
			.andExpect(content().string(containsString("The decision passes to " + DEPUTY)));
		mvc.perform(get("/api/v1/public/cases/{n}", caseNumber)).andExpect(jsonPath("$.decidedByAlternate").value(true))
			.andExpect(jsonPath("$.outcomes[0].finding").value("Sustained"))
			.andExpect(content().string(not(containsString("Tommy"))))
			.andExpect(content().string(not(containsString("Miller"))))
			.andExpect(content().string(not(containsString(CHIEF))));
		mvc.perform(get("/public/cases/{n}", caseNumber).header("Accept-Language", "es")).andExpect(status().isOk())
			.andExpect(content().string(containsString("las tomó el suplente designado")))
			.andExpect(content().string(not(containsString("Tommy"))));
	}

	@Test
	void recusingTheLastEligibleDeciderSaysWhoMustBeDesignated() throws Exception {
		CaseApi api = new CaseApi(mvc, staff);
		theDepartment("9735", "Paul", "Ruiz");
		clock.set(Instant.parse("2026-07-01T10:00:00Z"));
		String caseId = corasCase(api, "Ana Ruiz", "Pablo Ruiz", "9735");
		declare(CHIEF, "Pablo Ruiz", "uncle").andExpect(status().isCreated());
		declare(DEPUTY, "Ana Ruiz", "close friend").andExpect(status().isCreated());
		recommendAndReview(api, caseId);

		finalFinding(CHIEF, caseId, api.allegation(caseId, 0)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("conflicts.recused.noAlternate"))
			.andExpect(jsonPath("$.detail").value(containsString("leo.conflicts.alternate.COMMAND")))
			.andExpect(jsonPath("$.detail").value(containsString("a deputy chief or the review board")));
		mvc.perform(post("/api/v1/investigations/{id}/allegations/{a}/findings", caseId, api.allegation(caseId, 0))
			.with(httpBasic(CHIEF, StaffAccountsForTests.PASSWORD)).header("Accept-Language", "es")
			.contentType(MediaType.APPLICATION_JSON).content(FINAL))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("el mando debe designar un suplente")));
		finalFinding(DEPUTY, caseId, api.allegation(caseId, 0)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("conflicts.recused.noAlternate"));
		String caseNumber = new ScenarioSteps(mvc, api).caseNumber(caseId);
		assertThat(jdbc.sql("select count(*) from recusal where case_number = :c and alternate is null")
			.param("c", caseNumber)
			.query(Long.class).single()).isEqualTo(2);
		api.get(Role.COMMAND, "/staff/investigations/{id}", caseId)
			.andExpect(content().string(containsString("No alternate is designated yet")));
	}

	@Test
	void aRelationDeclaredAfterTheChiefActedFlagsHisDecisionsForReview() throws Exception {
		CaseApi api = new CaseApi(mvc, staff);
		theDepartment("9736", "Owen", "Park");
		clock.set(Instant.parse("2026-08-01T10:00:00Z"));
		String caseId = corasCase(api, "Mina Park", "Lena Park", "9736");
		as(CHIEF, post("/api/v1/investigations/{id}/personnel-actions", caseId).contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"badgeNumber\":\"9736\",\"action\":\"ADMINISTRATIVE_LEAVE\",\"reason\":\"pending the investigation\"}"))
			.andExpect(status().isCreated());

		clock.advance(Duration.ofDays(3));
		declare(CHIEF, "Lena Park", "godfather").andExpect(status().isCreated());

		String caseNumber = new ScenarioSteps(mvc, api).caseNumber(caseId);
		assertThat(jdbc.sql("select action from conflict_review where case_number = :c and username = :u")
			.param("c", caseNumber)
			.param("u", CHIEF).query(String.class).list())
			.singleElement().asString().startsWith("conflicts.noted|conflicts.act.action.proposed|")
			.endsWith("|ADMINISTRATIVE_LEAVE");
		api.get(Role.COMMAND, "/staff/investigations/{id}", caseId).andExpect(status().isOk())
			.andExpect(content().string(containsString("Decisions flagged for review")))
			.andExpect(content().string(containsString("Personnel action proposed: administrative leave at ")))
			.andExpect(content().string(containsString(" by " + CHIEF + ", taken ")));
		api.get(Role.COMMAND, "/staff/investigations/{id}?lang=es", caseId).andExpect(status().isOk())
			.andExpect(content().string(containsString("Medida de personal propuesta: baja administrativa")));
		declare(CHIEF, "Lena Park", "godfather").andExpect(status().isCreated());
		assertThat(jdbc.sql("select count(*) from conflict_review where case_number = :c").param("c", caseNumber)
			.query(Long.class).single()).as("flagged once").isEqualTo(1);
	}

	@Test
	void anActLetThroughDespiteTheChiefsRelationIsFlaggedOnTheCasePageInTheReadersLanguage() throws Exception {
		CaseApi api = new CaseApi(mvc, staff);
		String caseId = aCaseOfTheChiefsGoddaughter(api);

		Boolean flagged = transactions.execute(done -> conflicts.noteForReview(Actor.staff(CHIEF),
				RecordRef.inCase(RecordKind.PERSONNEL_ACTION, java.util.UUID.randomUUID(), caseId),
				Sentence.ofText("conflicts.act.step", "ENGAGE_PERSON")));

		assertThat(flagged).isTrue();

		mvc.perform(get("/staff/investigations/{id}", caseId).header("Accept-Language", "es")
			.with(StaffAccountsForTests.as(staff, Role.COMMAND)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paso realizado: atender a la persona el ")))
			.andExpect(content().string(not(containsString("conflicts."))));
		api.get(Role.COMMAND, "/staff/investigations/{id}", caseId)
			.andExpect(content().string(containsString("Step done: engage the person at ")));
	}

	/** A case about Iris Park, whom the chief then declares his goddaughter. */
	private String aCaseOfTheChiefsGoddaughter(CaseApi api) throws Exception {
		theDepartment("9738", "Ivo", "Park");
		clock.set(Instant.parse("2026-09-01T10:00:00Z"));
		String caseId = corasCase(api, "Nora Park", "Iris Park", "9738");
		declare(CHIEF, "Iris Park", "godfather").andExpect(status().isCreated());
		return caseId;
	}

	static final String FINAL = "{\"stage\":\"FINAL\",\"finding\":\"SUSTAINED\",\"agencyCode\":\"SU\",\"reason\":null}";

	private OfficerId theDepartment(String badge, String first, String last) {
		roster.establishUnit("HQ", "Office of the Chief", null);
		roster.establishUnit("IA", "Internal Affairs Division", "HQ");
		roster.establishUnit("PATROL", "Patrol Bureau", "HQ");
		OfficerId subject = roster
			.enlist(new NewOfficer(badge, first, last, "Police Officer", "PATROL", LocalDate.of(2011, 4, 1), null));
		OfficerId chief = roster.findByBadge("9001").map(o -> o.id())
			.orElseGet(() -> roster.enlist(new NewOfficer("9001", "David", "Miller", "Chief of Police", "HQ",
					LocalDate.of(2003, 1, 1), null)));
		OfficerId deputy = roster.findByBadge("9002").map(o -> o.id())
			.orElseGet(() -> roster.enlist(
					new NewOfficer("9002", "Helen", "Ortiz", "Deputy Chief", "HQ", LocalDate.of(2006, 1, 1), null)));
		staff.ensureAccount(new NewStaffAccount(CHIEF, "Chief David Miller", chief.value(), Set.of(Role.COMMAND),
				StaffAccountsForTests.PASSWORD));
		staff.ensureAccount(new NewStaffAccount(DEPUTY, "Deputy Chief Helen Ortiz", deputy.value(),
				Set.of(Role.COMMAND), StaffAccountsForTests.PASSWORD));
		for (String member : seatedBoard()) {
			staff.ensureAccount(new NewStaffAccount(member, member, null, Set.of(Role.REVIEW_BOARD),
					StaffAccountsForTests.PASSWORD));
		}
		return subject;
	}

	private String[] seatedBoard() {
		String[] members = { "board.recusal.1", "board.recusal.2", "board.recusal.3" };
		for (String member : members) {
			try {
				new CaseApi(mvc, staff).post(Role.COMMAND, "/api/v1/board/members",
						"{\"username\":\"" + member + "\",\"displayName\":\"" + member + "\"}")
					.andExpect(status().isOk());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		return members;
	}

	private String corasCase(CaseApi api, String complainant, String child, String badge) throws Exception {
		String[] filed = new ScenarioSteps(mvc, api)
			.file("""
					{"kind":"COMPLAINT","filedFor":"ON_BEHALF","name":"%s","representedPerson":"%s","relationship":"mother",
					 "aboutAChild":true,"email":"mother@example.org","occurredOn":"that afternoon","location":"Fountain, central square",
					 "narrative":"My five-year-old son was crying alone by the fountain and the officer did nothing.",
					 "officers":[{"badgeNumber":"%s","name":"the officer"}]}
					"""
				.formatted(complainant, child, badge), "198.51.100.40");
		String caseId = api.open("CITIZEN_COMPLAINT", filed[2], badge, "NEGLECT_OF_DUTY");
		investigators.register("ia.recusal", "Civilian investigator", null);
		api.assign(caseId, "ia.recusal").andExpect(status().isOk());
		return caseId;
	}

	private void recommendAndReview(CaseApi api, String caseId) throws Exception {
		api.finding(caseId, api.allegation(caseId, 0), "RECOMMENDED", "SUSTAINED", null).andExpect(status().isOk());
		api.post(Role.INVESTIGATOR, "/api/v1/investigations/{id}/review", "{}", caseId).andExpect(status().isOk());
	}

	private ResultActions declare(String username, String person, String relation) throws Exception {
		return as(username, post("/api/v1/conflicts/relations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"personName\":\"%s\",\"relation\":\"%s\"}".formatted(person, relation)));
	}

	private ResultActions finalFinding(String username, String caseId, String allegation) throws Exception {
		return as(username, post("/api/v1/investigations/{id}/allegations/{a}/findings", caseId, allegation)
			.contentType(MediaType.APPLICATION_JSON).content(FINAL));
	}

	private ResultActions as(String username,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(username, StaffAccountsForTests.PASSWORD)));
	}
}
