package org.leoprotocol.investigations;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A case's public summary on the approvals page, in Spanish: written by command, shown redacted with what was removed
 * and why, refused to its author, approved by a review-board member, and only then on the public case page.
 */
@LeoIntegrationTest
class PublicTextControllerIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	MutableClock clock;

	@Test
	void aSummaryIsRedactedRefusedToItsAuthorAndPublishedOnceASecondPersonApprovesIt() throws Exception {
		clock.resetToSystemTime();
		roster.enlist(
				new NewOfficer("66901", "Texto", "Publico", "Police Officer", null, LocalDate.of(2015, 1, 1), null));
		CaseApi api = new CaseApi(mvc, staff);
		ScenarioSteps steps = new ScenarioSteps(mvc, api);
		String[] filed = steps.file(ScenarioSteps.complaint("COMPLAINT", "66901", "Publico", "He was rude."),
				"203.0.113.69");
		String caseNumber = steps.caseNumber(api.open("CITIZEN_COMPLAINT", filed[2], "66901", "DISCOURTESY"));
		var command = StaffAccountsForTests.as(staff, Role.COMMAND);
		var board = StaffAccountsForTests.as(staff, Role.REVIEW_BOARD);

		mvc.perform(post("/staff/public-texts/summaries").with(command).with(csrf()).param("lang", "es")
			.param("caseNumber", caseNumber)
			.param("text", "La investigación escuchó a su hijo Diego, de 9 años."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/public/cases/{n}", caseNumber).param("lang", "es"))
			.andExpect(content().string(allOf(not(containsString("Declaración")), not(containsString("[child]")))));

		mvc.perform(get("/staff/public-texts").with(command).param("lang", "es")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Textos públicos pendientes de aprobación"),
					containsString("Resumen público del caso " + caseNumber),
					containsString("La investigación escuchó a [child]."),
					containsString("un parentesco con una edad"), containsString("Usted redactó este texto"))));
		String id = com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(
				mvc.perform(get("/api/v1/public-texts/pending").with(board))
					.andReturn().getResponse().getContentAsString(),
				"$[?(@.caseNumber == '%s')].id".formatted(caseNumber))
			.get(0);
		mvc.perform(get("/staff/public-texts").with(board)).andExpect(content().string(allOf(
				containsString("/staff/public-texts/" + id + "/approval"), containsString("[child]"))));

		mvc.perform(post("/staff/public-texts/{id}/approval", id).with(command).with(csrf()).param("lang", "es"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("otra persona debe aprobar su texto censurado")));
		mvc.perform(post("/staff/public-texts/{id}/approval", id).with(board).with(csrf()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/public/cases/{n}", caseNumber).param("lang", "es")).andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Declaración"), containsString("La investigación escuchó a [child]."),
						not(containsString("Diego")))));
	}
}
