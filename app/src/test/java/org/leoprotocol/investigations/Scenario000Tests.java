package org.leoprotocol.investigations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.complaints.ComplaintReceived;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerStatus;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scenario 000, "Leo": Cora Miller's complaint against Officer Mark Miller (badge 734), who ignored her lost son for 11
 * minutes 42 seconds, through the investigation — Eleanor Vance's statement, the body-camera footage, the protocol
 * finding, the two earlier complaints closed not sustained — to the review board's unanimous vote to terminate — with
 * its duties kept apart: the investigator recommends and command decides the final finding, the investigator (also
 * seated on the board) neither sits nor votes on the hearing, the board decides only with its quorum of votes, each
 * personnel action takes effect only when a second member of command approves it, and the board's minutes are
 * published, redacted, only when someone other than their author approves them.
 */
@LeoIntegrationTest
@RecordApplicationEvents
class Scenario000Tests {

	static final Instant THE_DAY = Instant.parse("2026-06-13T14:10:00Z");

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
	ApplicationEvents events;

	@Test
	void coraMillersComplaintEndsInTheUnanimousTerminationOfOfficerMiller() throws Exception {
		CaseApi api = new CaseApi(mvc, staff);
		ScenarioSteps steps = new ScenarioSteps(mvc, api);
		theDepartment();
		Officer miller = roster.findByBadge("734").orElseThrow();

		clock.set(THE_DAY.minus(Duration.ofDays(730)));
		String[] agnes = steps.file(ScenarioSteps.complaint("COMPLAINT", "734", "Miller",
				"My purse was snatched and the officer waved me off."), "198.51.100.10");
		String agnesCase = api.open("CITIZEN_COMPLAINT", agnes[2], "734", "DISCOURTESY");
		String agnesNumber = steps.investigateAndClose(agnesCase, "ia.brooks", "NOT_SUSTAINED", null);

		clock.set(THE_DAY.minus(Duration.ofDays(182)));
		String[] henderson = steps.file(ScenarioSteps.complaint("COMPLAINT", "734", "Miller",
				"My teenage son ran away and the officer would not file a report for 48 hours."), "198.51.100.11");
		String hendersonCase = api.open("CITIZEN_COMPLAINT", henderson[2], "734", "FAILURE_TO_TAKE_REPORT");
		String hendersonNumber = steps.investigateAndClose(hendersonCase, "ia.haddad", "NOT_SUSTAINED", null);

		clock.set(THE_DAY.plus(Duration.ofHours(3)));
		String[] cora = steps.file(
				"""
						{"kind":"COMPLAINT","filedFor":"ON_BEHALF","name":"Cora Miller","representedPerson":"Leo","relationship":"mother",
						 "aboutAChild":true,"email":"cora@example.org","occurredOn":"13 June, 14:10","location":"Fountain, central square",
						 "narrative":"My five-year-old son was crying alone by the fountain. Officer Miller stood there for almost twelve minutes and did nothing.",
						 "officers":[{"badgeNumber":"734","name":"Mark Miller"}]}
						""",
				"198.51.100.12");
		assertThat(events.stream(ComplaintReceived.class).filter(e -> e.aboutAChild()).map(ComplaintReceived::officers))
			.anyMatch(officers -> officers.contains(miller.id()));

		String caseId = api.open("CITIZEN_COMPLAINT", cora[2], "734", "NEGLECT_OF_DUTY", "734", "PROTOCOL_VIOLATION");
		String caseNumber = steps.caseNumber(caseId);
		String leave = api.propose(caseId, "734", "ADMINISTRATIVE_LEAVE", "effective immediately");
		assertThat(roster.get(miller.id()).status()).isEqualTo(OfficerStatus.ACTIVE);
		api.approveAsSecond(caseId, leave).andExpect(jsonPath("$.status").value("ADMINISTRATIVE_LEAVE"));
		api.approveAsSecond(caseId,
				api.propose(caseId, "734", "WEAPON_AND_BADGE_SURRENDERED", "to the responding supervisor"))
			.andExpect(status().isOk());

		api.assign(caseId, "chief.miller").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("chain of command")));
		api.assign(caseId, "ia.brooks").andExpect(status().isOk());

		String eleanorsStatement = entry(api, caseId, "STATEMENT", null, "WITNESS", "Eleanor Vance",
				"I stayed with the boy by the fountain. The officer stood a few metres away looking at his phone and did not speak to him.");
		entry(api, caseId, "EVIDENCE",
				evidence("PHOTO", "bodycam-734-2026-06-13T1408.png",
						org.leoprotocol.evidence.EvidenceFixtures.aPhoto()),
				null, null, "Body-camera recording of Officer Miller, arrival to release.");
		entry(api, caseId, "EVIDENCE", evidence("PHONE_RECORDS", "phone-records-734-2026-06-13.csv",
				org.leoprotocol.evidence.EvidenceFixtures.phoneRecords()), null, null,
				"Messages about a fishing trip sent while on scene.");
		entry(api, caseId, "INCIDENT", theLostBoysIncident(), null, null, "On scene 11:42 before first engagement.");
		entry(api, caseId, "PRIOR_CASE", agnesNumber, null, null,
				"Agnes Gable: dismissive response to a purse snatching; not sustained.");
		entry(api, caseId, "PRIOR_CASE", hendersonNumber, null, null,
				"Mr. Henderson: report not filed for 48 hours; not sustained.");

		api.get(Role.INVESTIGATOR, "/api/v1/investigations/officer/{id}", miller.id().value())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].caseNumber",
					org.hamcrest.Matchers.hasItems(agnesNumber, hendersonNumber, caseNumber)))
			.andExpect(jsonPath("$[?(@.caseNumber == '" + agnesNumber + "')].allegations[0].finalFinding.finding")
				.value("NOT_SUSTAINED"))
			.andExpect(jsonPath("$[?(@.caseNumber == '" + hendersonNumber + "')].allegations[0].finalFinding.finding")
				.value("NOT_SUSTAINED"));

		clock.advance(Duration.ofDays(30));
		for (int i = 0; i < 2; i++) {
			api.finding(caseId, api.allegation(caseId, i), "RECOMMENDED", "SUSTAINED", null).andExpect(status().isOk());
		}
		api.post(Role.INVESTIGATOR, "/api/v1/investigations/{id}/review", "{}", caseId).andExpect(status().isOk());
		api.post(Role.INVESTIGATOR, "/api/v1/investigations/{id}/allegations/{a}/findings",
				"{\"stage\":\"FINAL\",\"finding\":\"SUSTAINED\",\"agencyCode\":\"SU\",\"reason\":null}", caseId,
				api.allegation(caseId, 0))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("investigations.separation.ownRecommendation"));
		for (int i = 0; i < 2; i++) {
			api.finding(caseId, api.allegation(caseId, i), "FINAL", "SUSTAINED", null).andExpect(status().isOk());
		}
		api.post(Role.COMMAND, "/api/v1/investigations/{id}/close", "{}", caseId).andExpect(status().isOk());
		assertThat(events.stream(FindingRecorded.class)
			.filter(e -> e.caseNumber().equals(caseNumber) && e.stage() == FindingStage.FINAL)).hasSize(2);
		assertThat(events.stream(InvestigationClosed.class).filter(e -> e.caseNumber().equals(caseNumber))).hasSize(1);

		mvc.perform(post("/api/v1/public/complaints/status").contentType(MediaType.APPLICATION_JSON)
			.content("{\"trackingCode\":\"" + cora[0] + "\",\"accessKey\":\"" + cora[1] + "\"}"))
			.andExpect(jsonPath("$.stage").value("CLOSED"))
			.andExpect(jsonPath("$.history[*].stage")
				.value(hasItems("RECEIVED", "UNDER_INVESTIGATION", "FINDINGS_IN_REVIEW", "CLOSED")))
			.andExpect(content().string(containsString("Neglect of duty: sustained")))
			.andExpect(content().string(containsString("An investigation has been opened: case " + caseNumber)))
			.andExpect(content().string(not(containsString("Miller"))));
		mvc.perform(post("/public/complaints/status").with(csrf()).cookie(new Cookie("LEO_LANG", "es"))
			.param("trackingCode", cora[0]).param("accessKey", cora[1]))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Se ha abierto una investigación: el caso " + caseNumber)))
			.andExpect(content().string(containsString("registro público del caso " + caseNumber)))
			.andExpect(content().string(not(containsString("An investigation has been opened"))));

		clock.advance(Duration.ofDays(14));
		String hearing = JsonPath.read(api.post(Role.REVIEW_BOARD, "/api/v1/investigations/{id}/hearings",
				"""
						{"purpose":"DISCIPLINARY","subjectBadge":"734",
						 "attendees":[{"name":"Ruth Okonkwo","role":"board member"},{"name":"James Lee","role":"board member"},
						              {"name":"Maria Santos","role":"board member"},{"name":"Frank Doyle","role":"union representative"},
						              {"name":"Nadia Brooks","role":"investigator"},{"name":"Mark Miller","role":"subject officer"}],
						 "presented":"Body-camera footage bodycam:734:2026-06-13T14:08; statement of Eleanor Vance",
						 "minutes":"The board viewed the footage and heard the statement of Eleanor Vance. Mark Miller's union representative Frank Doyle spoke. Contact: cora@example.org"}
						""",
				caseId)
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		api.post(Role.REVIEW_BOARD, "/api/v1/investigations/{id}/hearings", """
				{"purpose":"BOARD_REVIEW","attendees":[{"name":"Sergeant Nadia Brooks","role":"board member"}]}
				""", caseId).andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("investigations.separation.investigatorJudges"));
		vote(hearing, "ia.brooks").andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("investigations.separation.investigatorJudges"));
		vote(hearing, "board.okonkwo").andExpect(status().isOk());
		api.post(Role.COMMAND, "/api/v1/hearings/{id}/decision", "{}", hearing).andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("investigations.separation.tooFewVotes"));
		vote(hearing, "board.lee").andExpect(status().isOk());
		vote(hearing, "board.santos").andExpect(status().isOk());
		api.post(Role.COMMAND, "/api/v1/hearings/{id}/decision", "{}", hearing).andExpect(status().isOk())
			.andExpect(jsonPath("$.decision").value("TERMINATION"));
		assertThat(roster.get(miller.id()).status()).isEqualTo(OfficerStatus.ADMINISTRATIVE_LEAVE);
		String termination = JsonPath.<java.util.List<String>>read(
				api.get(Role.COMMAND, "/api/v1/investigations/{id}/personnel-actions", caseId)
					.andReturn().getResponse().getContentAsString(),
				"$[?(@.action == 'TERMINATION')].id")
			.get(0);
		api.post(Role.COMMAND, "/api/v1/investigations/{id}/personnel-actions/{p}/approval", "{}", caseId, termination)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("investigations.separation.ownProposal"));
		assertThat(roster.get(miller.id()).status()).isEqualTo(OfficerStatus.ADMINISTRATIVE_LEAVE);
		api.approveAsSecond(caseId, termination).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TERMINATED"));

		api.get(Role.REVIEW_BOARD, "/api/v1/board/cases/{id}", caseId).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));

		Officer terminated = roster.get(miller.id());
		assertThat(terminated.status()).isEqualTo(OfficerStatus.TERMINATED);
		assertThat(roster.history(miller.id()).get(0).caseReference()).isEqualTo(caseNumber);
		assertThat(roster.history(miller.id()).get(0).reason()).contains("unanimously");

		mvc.perform(get("/api/v1/public/minutes")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.caseNumber == '%s')]".formatted(caseNumber)).isEmpty());
		String minutes = JsonPath.<java.util.List<String>>read(
				api.get(Role.COMMAND, "/api/v1/public-texts/pending").andExpect(status().isOk())
					.andReturn().getResponse().getContentAsString(),
				"$[?(@.subjectId == '%s')].id".formatted(hearing))
			.get(0);
		api.get(Role.COMMAND, "/api/v1/public-texts/{id}", minutes).andExpect(status().isOk())
			.andExpect(jsonPath("$.redactedText")
				.value("The board viewed the footage and heard the statement of [witness]. [officer]'s union "
						+ "representative [person] spoke. Contact: [contact]"))
			.andExpect(jsonPath("$.removals[*].found")
				.value(hasItems("Eleanor Vance", "Mark Miller", "Frank Doyle", "cora@example.org")))
			.andExpect(jsonPath("$.approvedBy").doesNotExist());
		api.post(Role.REVIEW_BOARD, "/api/v1/public-texts/{id}/approval", "{}", minutes)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("redaction.approval.ownText"));
		mvc.perform(get("/public/minutes")).andExpect(content().string(not(containsString("[witness]"))));
		api.post(Role.COMMAND, "/api/v1/public-texts/{id}/approval", "{}", minutes).andExpect(status().isOk())
			.andExpect(jsonPath("$.approvedBy").isNotEmpty());
		api.post(Role.COMMAND, "/api/v1/public-texts/{id}/approval", "{}", minutes).andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("redaction.approval.already"));
		String ofThisCase = "$[?(@.caseNumber == '%s')]".formatted(caseNumber);
		mvc.perform(get("/api/v1/public/minutes")).andExpect(status().isOk())
			.andExpect(jsonPath(ofThisCase + ".caseNumber").value(hasItem(caseNumber)))
			.andExpect(jsonPath(ofThisCase + ".minutes")
				.value(hasItem(containsString("heard the statement of [witness]"))))
			.andExpect(jsonPath(ofThisCase + ".unanimous").value(hasItem(true)))
			.andExpect(jsonPath(ofThisCase + ".tally.TERMINATION").value(hasItem(3)))
			.andExpect(
					jsonPath(ofThisCase + ".attendeeRoles[*]").value(hasItems("union representative", "board member")))
			.andExpect(content().string(not(containsString("Eleanor"))))
			.andExpect(content().string(not(containsString("Miller"))))
			.andExpect(content().string(not(containsString("Doyle"))))
			.andExpect(content().string(not(containsString("cora@example.org"))));
		byte[] letter = api
			.post(Role.COMMAND, "/api/v1/investigations/{id}/civilian-commendations",
					"""
							{"entryId":"%s","citation":"For staying with a lost five-year-old by the fountain until his mother came.","signedBy":"Chief of Police"}
							"""
						.formatted(eleanorsStatement),
					caseId)
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(letter, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(pdfText(letter)).contains("Civilian Commendation", "Awarded to", "Chief of Police");
		byte[] carta = api
			.post(Role.COMMAND, "/api/v1/investigations/{id}/civilian-commendations?lang=es",
					"""
							{"entryId":"%s","citation":"Por quedarse junto a un niño perdido de cinco años hasta que llegó su madre.","signedBy":"Jefe de Policía"}
							"""
						.formatted(eleanorsStatement),
					caseId)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(pdfText(carta)).contains("Reconocimiento Ciudadano", "Otorgado a", "niño perdido", "Jefe de Policía")
			.containsPattern("\\d{1,2} de [a-z]+ de \\d{4}");

		mvc.perform(get("/api/v1/public/cases/{n}", caseNumber))
			.andExpect(jsonPath("$.outcomes[0].finding").value("Sustained"))
			.andExpect(jsonPath("$.outcomes[0].findingCode").value("SUSTAINED"))
			.andExpect(content().string(not(containsString("Miller"))));
		mvc.perform(get("/api/v1/public/cases/{n}", caseNumber).header("Accept-Language", "es"))
			.andExpect(jsonPath("$.status").value("Cerrado")).andExpect(jsonPath("$.statusCode").value("CLOSED"))
			.andExpect(jsonPath("$.outcomes[0].finding").value("Probada"))
			.andExpect(jsonPath("$.outcomes[0].findingCode").value("SUSTAINED"));
	}

	private void theDepartment() {
		roster.establishUnit("HQ", "Office of the Chief", null);
		roster.establishUnit("IA", "Internal Affairs Division", "HQ");
		roster.establishUnit("PATROL", "Patrol Bureau", "HQ");
		roster.establishUnit("CENTRAL", "Central Precinct", "PATROL");
		roster.establishUnit("CENTRAL-A", "Central Precinct, A Squad", "CENTRAL");
		roster.enlist(
				new NewOfficer("734", "Mark", "Miller", "Police Officer", "CENTRAL-A", LocalDate.of(2011, 4, 1), null));
		roster.enlist(new NewOfficer("1", "David", "Miller", "Chief of Police", "HQ", LocalDate.of(2003, 1, 1), null));
		roster.enlist(new NewOfficer("615", "Nadia", "Brooks", "Sergeant", "IA", LocalDate.of(2009, 1, 1), null));
		roster.enlist(new NewOfficer("640", "Victor", "Haddad", "Detective", "IA", LocalDate.of(2012, 1, 1), null));
		investigators.register("chief.miller", "Chief David Miller", "1");
		investigators.register("ia.brooks", "Sergeant Nadia Brooks", "615");
		investigators.register("ia.haddad", "Detective Victor Haddad", "640");
		for (String member : new String[] { "board.okonkwo", "board.lee", "board.santos", "ia.brooks" }) {
			staff.ensureAccount(new NewStaffAccount(member, member, null, Set.of(Role.REVIEW_BOARD),
					StaffAccountsForTests.PASSWORD));
		}
		clock.set(THE_DAY.minus(Duration.ofDays(800)));
		mvcSeat("board.okonkwo", "Ruth Okonkwo");
		mvcSeat("board.lee", "James Lee");
		mvcSeat("board.santos", "Maria Santos");
		mvcSeat("ia.brooks", "Sergeant Nadia Brooks");
	}

	private org.springframework.test.web.servlet.ResultActions vote(String hearing, String member) throws Exception {
		return mvc.perform(
				post("/api/v1/hearings/{id}/votes", hearing).with(httpBasic(member, StaffAccountsForTests.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON).content("{\"choice\":\"TERMINATION\"}"));
	}

	private void mvcSeat(String username, String name) {
		try {
			new CaseApi(mvc, staff).post(Role.COMMAND, "/api/v1/board/members",
					"{\"username\":\"" + username + "\",\"displayName\":\"" + name + "\"}")
				.andExpect(status().isOk());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An evidence item as the department holds it, linked to no case yet; the case file refers to it by its id. */
	private String evidence(String kind, String fileName, byte[] content) throws Exception {
		return JsonPath.read(mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/evidence")
				.param("kind", kind).param("fileName", fileName).content(content)
				.with(org.leoprotocol.StaffAccountsForTests.as(staff, Role.COMMAND)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	/** The found-child incident of 13 June, as the responding officer reported it. */
	private String theLostBoysIncident() throws Exception {
		return JsonPath.read(mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/incidents")
				.with(org.leoprotocol.StaffAccountsForTests.as(staff, Role.OFFICER))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(
						"""
								{"kind":"FOUND_CHILD","location":"Fountain, central square","person":{"name":"Leo","age":5,"condition":"UNHARMED",
								 "riskFactors":["OUT_OF_ZONE_OF_SAFETY"],"description":"boy, crying by the fountain"}}
								"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	private static String entry(CaseApi api, String caseId, String kind, String reference, String role, String name,
			String content) throws Exception {
		return JsonPath.read(api.post(Role.INVESTIGATOR, "/api/v1/investigations/{id}/entries", """
				{"kind":"%s","reference":%s,"personRole":%s,"personName":%s,"content":"%s"}
				""".formatted(kind, quoted(reference), quoted(role), quoted(name), content), caseId)
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	private static String quoted(String text) {
		return text == null ? "null" : "\"" + text + "\"";
	}

	private static String pdfText(byte[] pdf) throws java.io.IOException {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
		}
	}
}
