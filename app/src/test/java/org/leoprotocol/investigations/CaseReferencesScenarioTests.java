package org.leoprotocol.investigations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.evidence.EvidenceFixtures;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
 * A case file refers to earlier cases, evidence and incidents by choosing them, never by typing: the case page offers
 * the records the investigator may see, a chosen record is stored as a typed reference and shown as a link, and a
 * reference to a record that does not exist, or that is closed to the investigator (another team's internal-affairs
 * evidence, a case in which she declared a conflict), is refused with a problem document in English or Spanish.
 */
@LeoIntegrationTest
class CaseReferencesScenarioTests {

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
	void referencesAreChosenFromTheRecordsTheInvestigatorMaySee() throws Exception {
		clock.set(Instant.parse("2026-10-12T09:00:00Z"));
		roster
			.enlist(new NewOfficer("9521", "Lionel", "Marsh", "Police Officer", null, LocalDate.of(2014, 1, 1), null));
		roster
			.enlist(new NewOfficer("9522", "Greta", "Sloane", "Police Officer", null, LocalDate.of(2016, 1, 1), null));
		roster.enlist(new NewOfficer("9523", "Piers", "Holm", "Police Officer", null, LocalDate.of(2018, 1, 1), null));
		investigators.register("ref.other", "Investigator of the other case", null);
		CaseApi api = new CaseApi(mvc, staff);
		String caseId = api.open("INTERNAL", null, "9521", "NEGLECT_OF_DUTY");
		String earlier = api.open("INTERNAL", null, "9522", "DISCOURTESY");
		String earlierNumber = new ScenarioSteps(mvc, api).caseNumber(earlier);
		api.assign(earlier, "ref.other").andExpect(status().isOk());
		String conflicted = api.open("INTERNAL", null, "9523", "DISCOURTESY");
		String conflictedNumber = new ScenarioSteps(mvc, api).caseNumber(conflicted);
		mvc.perform(post("/api/v1/conflicts/relations").with(investigator()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"badgeNumber\":\"9523\",\"relation\":\"brother\"}")).andExpect(status().isCreated());

		String still = upload("fountain-still.png", null);
		String otherTeams = upload("other-team-still.png", earlierNumber);
		String incident = JsonPath.read(mvc
			.perform(post("/api/v1/incidents").with(StaffAccountsForTests.as(staff, Role.OFFICER))
				.contentType(MediaType.APPLICATION_JSON).content(
						"""
								{"kind":"FOUND_CHILD","location":"Riverside park","person":{"name":"Hugo Lind","age":4,"condition":"UNHARMED",
								 "riskFactors":["OUT_OF_ZONE_OF_SAFETY"],"description":"boy, yellow hat"}}
								"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

		refer(api, caseId, "PRIOR_CASE", earlierNumber.toLowerCase(Locale.ROOT)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.reference").value(earlierNumber));
		refer(api, caseId, "EVIDENCE", still).andExpect(status().isCreated())
			.andExpect(jsonPath("$.reference").value(still));
		refer(api, caseId, "INCIDENT", incident).andExpect(status().isCreated())
			.andExpect(jsonPath("$.reference").value(incident));

		refer(api, caseId, "EVIDENCE", "bodycam:9521:2026-10-01").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("investigations.reference.unknown.EVIDENCE"));
		refer(api, caseId, "EVIDENCE", UUID.randomUUID().toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("investigations.reference.unknown.EVIDENCE"));
		refer(api, caseId, "EVIDENCE", otherTeams).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("investigations.reference.closed.EVIDENCE"))
			.andExpect(content().string(not(containsString("other-team-still"))));
		refer(api, caseId, "INCIDENT", UUID.randomUUID().toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("investigations.reference.unknown.INCIDENT"));
		refer(api, caseId, "PROTOCOL_FINDING", UUID.randomUUID().toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("investigations.reference.unknown.PROTOCOL_FINDING"));
		refer(api, caseId, "PRIOR_CASE", "IA-1999-0001").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("There is no case IA-1999-0001")));
		refer(api, caseId, "PRIOR_CASE", conflictedNumber).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("investigations.reference.closed.PRIOR_CASE"));
		mvc.perform(get("/api/v1/investigations/search").param("number", conflictedNumber).with(investigator()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/investigations/search").param("number", earlierNumber).with(investigator()))
			.andExpect(jsonPath("$[0].caseNumber").value(earlierNumber));
		refer(api, caseId, "PRIOR_CASE", new ScenarioSteps(mvc, api).caseNumber(caseId))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("investigations.reference.itself"));
		refer(api, caseId, "EVIDENCE", "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("investigations.reference.missing"));
		mvc.perform(
				post("/api/v1/investigations/{id}/entries", caseId).with(investigator()).header("Accept-Language", "es")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"kind\":\"EVIDENCE\",\"reference\":\"bodycam:9521\",\"content\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("No existe la prueba bodycam:9521: elija una de la lista."));
		assertThat(jdbc.sql("select count(*) from case_entry where investigation_id = cast(:id as uuid)")
			.param("id", caseId)
			.query(Long.class).single()).as("only the three chosen records were stored").isEqualTo(3);

		String page = mvc.perform(get("/staff/investigations/{id}", caseId).with(investigator()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("value=\"PRIOR_CASE:" + earlierNumber + "\"")
			.contains("value=\"EVIDENCE:" + still + "\"")
			.contains("value=\"INCIDENT:" + incident + "\"").contains("<option value=\"\" selected>")
			.doesNotContain("EVIDENCE:" + otherTeams).doesNotContain("PRIOR_CASE:" + conflictedNumber)
			.doesNotContain("Hugo Lind")
			.contains("href=\"/staff/investigations/" + earlier + "\"")
			.contains("href=\"/staff/evidence/" + still + "\"")
			.contains("href=\"/staff/incidents/" + incident + "\"").doesNotContain("name=\"reference\" maxlength");

		mvc.perform(post("/staff/investigations/{id}/references", caseId).with(investigator()).with(csrf())
			.param("reference", "EVIDENCE:" + otherTeams).param("content", "The other team's still"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not one you may see")));
		mvc.perform(post("/staff/investigations/{id}/references", caseId).with(investigator()).with(csrf())
			.header("Accept-Language", "es")
			.param("reference", "").param("content", "nada"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("no se eligió ninguno")));
		mvc.perform(post("/staff/investigations/{id}/references", caseId).with(investigator()).with(csrf())
			.param("reference", "INCIDENT:" + incident).param("content", "The same park, a week earlier"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc
			.sql("select count(*) from case_entry where investigation_id = cast(:id as uuid) and kind = 'INCIDENT'")
			.param("id", caseId).query(Long.class).single()).isEqualTo(2);
	}

	private ResultActions refer(CaseApi api, String caseId, String kind, String reference) throws Exception {
		return api.post(Role.INVESTIGATOR, "/api/v1/investigations/{id}/entries", """
				{"kind":"%s","reference":"%s","content":"Relevant to the allegation."}
				""".formatted(kind, reference), caseId);
	}

	private String upload(String fileName, String caseReference) throws Exception {
		var request = post("/api/v1/evidence").param("kind", "PHOTO").param("fileName", fileName)
			.param("device", "CCTV square")
			.param("recordedFrom", "2026-10-01T08:51:00Z").param("recordedTo", "2026-10-01T08:52:00Z")
			.param("location", "Central square")
			.content(EvidenceFixtures.aPhoto()).with(StaffAccountsForTests.as(staff, Role.COMMAND));
		if (caseReference != null) {
			request = request.param("caseReference", caseReference);
		}
		return JsonPath.read(
				mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
	}

	private RequestPostProcessor investigator() {
		return StaffAccountsForTests.as(staff, Role.INVESTIGATOR);
	}
}
