package org.leoprotocol.investigations;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Roster;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public case page and the board's minutes in the visitor's language, labels, codes and dates alike. */
@LeoIntegrationTest
class PublicCaseControllerIntegrationTests {

	@Autowired
	MutableClock clock;
	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	Investigators investigators;
	@Autowired
	StaffDirectory staff;

	@Test
	void aClosedCaseReadsInSpanishWithTheSwitchAndInEnglishWithout() throws Exception {
		String caseNumber = aCaseClosedSustained();

		mvc.perform(get("/public/cases/{n}", caseNumber).param("lang", "es")).andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<html lang=\"es\">"), containsString("<h1>Caso " + caseNumber + "</h1>"),
						containsString("<dt>Estado</dt><dd id=\"case-status\">Cerrado</dd>"),
						containsString("<dt>Cerrado el</dt>"),
						containsString("<li>Descortesía</li>"), containsString("<td>Descortesía</td><td>Probada</td>"),
						containsString(" de 20"))))
			.andExpect(content().string(allOf(not(containsString(">Status<")), not(containsString(">Opened<")),
					not(containsString(">Allegations<")), not(containsString(">Findings<")),
					not(containsString("Sustained")),
					not(containsString("Discourtesy")), not(containsString("Subject")))));

		mvc.perform(get("/public/cases/{n}", caseNumber).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Case " + caseNumber + "</h1>"),
					containsString("<dt>Status</dt><dd id=\"case-status\">Closed</dd>"),
					containsString("<td>Discourtesy</td><td>Sustained</td>"))));
	}

	private String aCaseClosedSustained() throws Exception {
		clock.resetToSystemTime();
		investigators.register("es-investigator", "Language test investigator", null);
		roster.establishUnit("ES-HQ", "Language test headquarters", null);
		roster.enlist(new NewOfficer("66801", "Lengua", "Subject", "Police Officer", "ES-HQ", LocalDate.of(2015, 1, 1),
				null));
		CaseApi api = new CaseApi(mvc, staff);
		ScenarioSteps steps = new ScenarioSteps(mvc, api);
		String[] filed = steps.file(ScenarioSteps.complaint("COMPLAINT", "66801", "Subject", "He was rude to me."),
				"203.0.113.68");
		return steps.investigateAndClose(api.open("CITIZEN_COMPLAINT", filed[2], "66801", "DISCOURTESY"),
				"es-investigator",
				"SUSTAINED", null);
	}

	@Test
	void anUnknownCaseNumberIsRefusedInSpanish() throws Exception {
		mvc.perform(get("/public/cases/{n}", "IA-0000-NONE").param("lang", "es")).andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("404 No encontrado"),
					containsString("Ningún caso público tiene este número"), not(containsString("No public case")))));
	}

	@Test
	void theMinutesReadInSpanish() throws Exception {
		mvc.perform(get("/public/minutes").param("lang", "es")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Junta ciudadana de revisión: actas</h1>"),
					containsString("sin nombres ni datos de contacto"))))
			.andExpect(content().string(allOf(not(containsString("Citizen review board")),
					not(containsString(">Present<")),
					not(containsString(">Vote<")), not(containsString(">Decision<")), not(containsString(" hearing,")),
					not(containsString("(unanimous)")))));
	}
}
