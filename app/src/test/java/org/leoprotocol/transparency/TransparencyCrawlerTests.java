package org.leoprotocol.transparency;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The promise of the portal: no child's, complainant's or witness's name in anything the public can reach. The scenario
 * people file complaints and a commendation, give statements, and a lost child is found and reunited, all through Leo's
 * real APIs; cases close so there is something to publish; then every public page reachable from the start page and the
 * portal, every download and every public API answer is read, in both languages and under the most open publication
 * policy, and searched for their names.
 */
@LeoIntegrationTest
class TransparencyCrawlerTests {

	/** Everyone whose identity must never be public: children, complainants, witnesses, claimants. */
	static final List<String> PROTECTED_NAMES = List.of("Leo Miller", "Cora Miller", "Cora Pruitt", "Eleanor Vance",
			"Agnes Gable",
			"Henderson", "Malakai", "Mele Tupou", "Quentin Crawlwitness");

	/**
	 * The officers of the scenarios under badges of their own: the scenario tests count the cases of badge 734 and the
	 * commendations of badge 2218 in the shared test database, and this test must not change their counts.
	 */
	static final String ACCUSED = "97734";
	static final String COMMENDED = "92218";

	static final int MOST_PAGES = 400;

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	Investigators investigators;
	@Autowired
	PublicationPolicy policy;
	@Autowired
	JdbcClient jdbc;

	@Test
	void noProtectedNameInAnyPublicPageDownloadOrApiAnswer() throws Exception {
		List<String> caseNumbers = theScenarioPeopleUseLeo();
		List<String> seeds = new ArrayList<>(
				List.of("/", "/?lang=es", "/transparency", "/transparency?lang=es", "/public/minutes",
						"/api/public/v1/tables", "/api/public/v1/statistics", "/api/v1/public/minutes"));
		for (String caseNumber : caseNumbers) {
			seeds.add("/public/cases/" + caseNumber);
			seeds.add("/api/v1/public/cases/" + caseNumber);
		}
		seeds.add("/transparency?year=" + LocalDate.now(java.time.ZoneOffset.UTC).getYear()
				+ "&unit=CENTRAL-A&category=NEGLECT_OF_DUTY");
		try {
			policy.change(PolicyField.CASE_OUTCOMES, PolicyMode.NAME, Actor.staff("crawler"));
			policy.change(PolicyField.COMMENDATIONS, PolicyMode.NAME, Actor.staff("crawler"));
			Set<String> crawled = crawl(seeds);
			assertThat(crawled).contains("/transparency/data/officer-outcomes.csv",
					"/transparency/data/allegation-outcomes.json",
					"/api/public/v1/tables/protocol-incidents", "/transparency/officers", "/transparency/data");
			policy.change(PolicyField.CASE_OUTCOMES, PolicyMode.PSEUDONYM, Actor.staff("crawler"));
			crawl(List.of("/transparency/officers", "/transparency/data/officer-outcomes.json"));
		}
		finally {
			policy.change(PolicyField.CASE_OUTCOMES, PolicyMode.PSEUDONYM, Actor.staff("crawler"));
			policy.change(PolicyField.COMMENDATIONS, PolicyMode.NAME, Actor.staff("crawler"));
		}
	}

	private Set<String> crawl(List<String> seeds) throws Exception {
		return new PublicCrawler(mvc, PROTECTED_NAMES, MOST_PAGES).crawl(seeds);
	}

	/** Scenario 000 and 001 through the real APIs; returns the numbers of the cases closed. */
	private List<String> theScenarioPeopleUseLeo() throws Exception {
		roster.establishUnit("HQ", "Office of the Chief", null);
		roster.establishUnit("PATROL", "Patrol Bureau", "HQ");
		roster.establishUnit("CENTRAL", "Central Precinct", "PATROL");
		roster.establishUnit("CENTRAL-A", "Central Precinct, A Squad", "CENTRAL");
		roster.establishUnit("NORTH", "North Precinct", "PATROL");
		roster.establishUnit("NORTH-A", "North Precinct, A Squad", "NORTH");
		OfficerId accused = roster.enlist(new NewOfficer(ACCUSED, "Marvin", "Crawley", "Police Officer", "CENTRAL-A",
				LocalDate.of(2011, 4, 1), null));
		roster.enlist(
				new NewOfficer(COMMENDED, "Dario", "Crawlsworth", "Deputy", "NORTH-A", LocalDate.of(2015, 4, 1), null));
		investigators.register("ia.crawler", "Investigator of the crawler test", null);

		List<String> caseNumbers = new ArrayList<>();
		caseNumbers.add(complaintInvestigatedAndClosed("Cora Miller", true,
				"My five-year-old son Leo Miller was crying alone by the fountain.",
				"NEGLECT_OF_DUTY", "SUSTAINED", "198.51.100.71"));
		caseNumbers.add(complaintInvestigatedAndClosed("Agnes Gable", false,
				"My purse was snatched and the officer waved me off.",
				"DISCOURTESY", "NOT_SUSTAINED", "198.51.100.72"));
		caseNumbers.add(complaintInvestigatedAndClosed("Mr. Henderson", false,
				"The officer would not take a report on my missing son for 48 hours.",
				"FAILURE_TO_TAKE_REPORT", "NOT_SUSTAINED", "198.51.100.73"));
		file("COMMENDATION", "Mele Tupou", false, COMMENDED, "Crawlsworth",
				"Deputy Crawlsworth found my son Malakai and talked to him about his stuffed puppy.", "198.51.100.74");
		lostChildFoundAndReunited();
		await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.sql("select count(*) from transparency_officer_outcomes where officer_id = ?")
				.param(accused.value()).query(Long.class).single() >= 3 && reunifications() > 0);
		return caseNumbers;
	}

	private String complaintInvestigatedAndClosed(String complainant, boolean aboutAChild, String narrative,
			String category, String finding,
			String address) throws Exception {
		String complaint = file("COMPLAINT", complainant, aboutAChild, ACCUSED, "Marvin Crawley", narrative, address);
		String opened = send(Role.INVESTIGATOR, "/api/v1/investigations", """
				{"caseType":"CITIZEN_COMPLAINT","complaintId":"%s","summary":"Complaint of %s","allegations":[
				 {"badgeNumber":"%s","category":"%s","description":"As %s alleges."}]}
				""".formatted(complaint, complainant, ACCUSED, category, complainant));
		String caseId = JsonPath.read(opened, "$.investigation.id");
		send(Role.INVESTIGATOR, "/api/v1/investigations/" + caseId + "/entries", """
				{"kind":"STATEMENT","reference":null,"personRole":"WITNESS","personName":"Quentin Crawlwitness",
				 "content":"Eleanor Vance and I saw it; %s was there."}
				""".formatted(complainant));
		send(Role.COMMAND, "/api/v1/investigations/" + caseId + "/assignment", "{\"investigator\":\"ia.crawler\"}");
		String allegation = JsonPath.read(opened, "$.investigation.allegations[0].id");
		String findings = "/api/v1/investigations/" + caseId + "/allegations/" + allegation + "/findings";
		send(Role.INVESTIGATOR, findings,
				"{\"stage\":\"RECOMMENDED\",\"finding\":\"%s\",\"agencyCode\":\"X\",\"reason\":null}"
					.formatted(finding));
		send(Role.INVESTIGATOR, "/api/v1/investigations/" + caseId + "/review", "{}");
		send(Role.COMMAND, findings,
				"{\"stage\":\"FINAL\",\"finding\":\"%s\",\"agencyCode\":\"X\",\"reason\":null}".formatted(finding));
		return JsonPath.read(send(Role.COMMAND, "/api/v1/investigations/" + caseId + "/close", "{}"),
				"$.investigation.caseNumber");
	}

	private String file(String kind, String name, boolean aboutAChild, String badge, String officerName,
			String narrative, String address)
			throws Exception {
		RequestPostProcessor client = request -> {
			request.setRemoteAddr(address);
			return request;
		};
		String body = mvc.perform(post("/api/v1/public/complaints").with(client).contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", UUID.randomUUID().toString()).content(
					"""
							{"kind":"%s","filedFor":"SELF","name":"%s","aboutAChild":%s,"email":"person@example.org","narrative":"%s",
							 "occurredOn":"that day","location":"central square","officers":[{"badgeNumber":"%s","name":"%s"}]}
							"""
						.formatted(kind, name, aboutAChild, narrative, badge, officerName)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(body, "$.trackingCode");
		String received = mvc.perform(get("/api/v1/complaints").param("stage", "RECEIVED").with(as(Role.INVESTIGATOR)))
			.andReturn().getResponse().getContentAsString();
		List<String> ids = JsonPath.read(received, "$[?(@.trackingCode == '" + code + "')].id");
		return ids.isEmpty() ? null : ids.get(0);
	}

	private void lostChildFoundAndReunited() throws Exception {
		OfficerId sergeant = roster.enlist(
				new NewOfficer("94512", "Sam", "Crawford", "Sergeant", "CENTRAL-A", LocalDate.of(2012, 1, 1), null));
		staff.ensureAccount(new NewStaffAccount("officer-94512", "Sam Crawford", sergeant.value(), Set.of(Role.OFFICER),
				StaffAccountsForTests.PASSWORD));
		RequestPostProcessor crawford = httpBasic("officer-94512", StaffAccountsForTests.PASSWORD);
		String incident = JsonPath.read(perform(crawford, "/api/v1/incidents", """
				{"kind":"FOUND_CHILD","location":"Fountain, central square","responsibleOfficerBadge":"94512",
				 "person":{"name":"Leo Miller","age":5,"condition":"DISTRESSED","riskFactors":["OUT_OF_ZONE_OF_SAFETY"],
				           "description":"boy, holds a small dinosaur toy"}}
				""").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		perform(crawford, "/api/v1/incidents/" + incident + "/dispatch",
				"{\"type\":\"ARRIVED\",\"officerBadge\":\"94512\"}")
			.andExpect(status().is2xxSuccessful());
		perform(crawford, "/api/v1/incidents/" + incident + "/steps/ENGAGE_PERSON/done",
				"{\"note\":\"knelt and talked about the dinosaur\"}")
			.andExpect(status().is2xxSuccessful());
		perform(crawford, "/api/v1/incidents/" + incident + "/release",
				"""
						{"claimantName":"Cora Miller","relationship":"mother","document":{"type":"Driver licence","issuer":"State","lastFour":"4410"},
						 "photoMatches":true,"recognition":"RECOGNISED","custodyClear":true,
						 "authorisationSource":"mother; no custody order on file; the child ran to her","verifyingOfficerBadge":"94512"}
						""")
			.andExpect(status().isOk());
	}

	private long reunifications() {
		return jdbc.sql(
				"select coalesce(sum(reunifications), 0) from transparency_protocol_incidents where year <> 0 and kind = 'FOUND_CHILD'")
			.query(Long.class).single();
	}

	private String send(Role role, String path, String json) throws Exception {
		return perform(as(role), path, json).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
			.getContentAsString();
	}

	private ResultActions perform(RequestPostProcessor user, String path, String json) throws Exception {
		return mvc.perform(post(path).with(user).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private RequestPostProcessor as(Role role) {
		return StaffAccountsForTests.as(staff, role);
	}
}
