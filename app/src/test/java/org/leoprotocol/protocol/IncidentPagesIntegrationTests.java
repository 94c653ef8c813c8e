package org.leoprotocol.protocol;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class IncidentPagesIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;
	@Autowired
	Scheduler scheduler;
	@Autowired
	JdbcClient jdbc;

	ProtocolFixtures fixtures;
	RequestPostProcessor officer;
	RequestPostProcessor colleague;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-08-01T12:00:00Z"));
		fixtures = new ProtocolFixtures(roster, staff, clock, scheduler, jdbc);
		officer = fixtures.officer("93001", "Petra", "Page", "Police Officer", "CENTRAL", Role.OFFICER);
		colleague = fixtures.officer("93002", "Colin", "Colleague", "Police Officer", "CENTRAL", Role.OFFICER);
	}

	@Test
	void anOfficerOpensAnIncidentFromTheFormAndOnlyTheResponsibleOfficerSeesTheName() throws Exception {
		String location = openFromForm();

		mvc.perform(get(location).with(officer)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Pia Pagetest")))
			.andExpect(content().string(containsString("child aged 6, 13 or younger")))
			.andExpect(content().string(containsString("Engage the person")));
		mvc.perform(get(location).with(colleague)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Pia Pagetest"))))
			.andExpect(content().string(containsString("withheld")));
		mvc.perform(get("/staff/incidents").with(colleague)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Swimming pool entrance")))
			.andExpect(content().string(not(containsString("Pia Pagetest"))));
		RequestPostProcessor stranger = fixtures.officer("93003", "Sid", "Stranger", "Police Officer", null,
				Role.OFFICER);
		mvc.perform(get(location).with(stranger)).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("is closed to you")))
			.andExpect(content().string(not(containsString("Pia Pagetest"))));
		mvc.perform(get(location).with(stranger).header("Accept-Language", "es")).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("no está abierto para usted")));
		mvc.perform(get("/staff/incidents").with(stranger)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Swimming pool entrance"))));
	}

	@Test
	void anIncompleteFormIsShownAgainWithTheProblem() throws Exception {
		mvc.perform(post("/staff/incidents").with(officer).param("kind", "FOUND_CHILD").param("location", "Park")
			.param("age", "six"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("An age is a whole number of years")));
	}

	@Test
	void stepsAndReleasesAreRecordedFromTheIncidentPageWithClearRefusals() throws Exception {
		String location = openFromForm();
		mvc.perform(post(location + "/dispatch").with(officer).param("type", "ARRIVED").param("officerBadge", "93001"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "Dispatch event recorded."));
		mvc.perform(post(location + "/camera").with(officer).param("type", "RECORDING_STARTED")
			.param("deviceId", "BC-93001")
			.param("officerBadge", "93001")).andExpect(flash().attribute("notice", "Body-camera event recorded."));
		mvc.perform(post(location + "/steps/ENGAGE_PERSON/done").with(officer))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "Step ENGAGE_PERSON recorded as done."));
		mvc.perform(post(location + "/release").with(officer).param("claimantName", "Paul Pagetest")
			.param("relationship", "father")
			.param("documentType", "Passport").param("documentIssuer", "Canada").param("documentLastFour", "AB1234567"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem",
					"Record only the last four characters of the document number, never the full number"));
		mvc.perform(post(location + "/release").with(officer).param("claimantName", "Paul Pagetest")
			.param("relationship", "father"))
			.andExpect(flash().attribute("problem", containsString("the verification is incomplete")));
		mvc.perform(get(location).with(officer))
			.andExpect(content().string(containsString("BC-93001")))
			.andExpect(content().string(containsString("Engage the person")))
			.andExpect(content().string(containsString("DONE")));
	}

	@Test
	void supervisorsKeepTheLiveBoardOpenAndHtmxRefreshesOnlyTheClocks() throws Exception {
		openFromForm();

		mvc.perform(get("/staff/incidents/board").with(fixtures.as(Role.SUPERVISOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-trigger=\"every 5s\"")))
			.andExpect(content().string(containsString("<html")));
		mvc.perform(get("/staff/incidents/board").header("HX-Request", "true").with(fixtures.as(Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("Swimming pool entrance")))
			.andExpect(content().string(containsString("left")))
			.andExpect(content().string(not(containsString("Pia Pagetest"))));
		mvc.perform(get("/staff/incidents/board").with(officer)).andExpect(status().isForbidden());
	}

	@Test
	void everyStaffMemberCanReadTheProtocolWithTheSourceOfEachStep() throws Exception {
		mvc.perform(get("/staff/protocols").with(fixtures.as(Role.REVIEW_BOARD))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Engage the person")))
			.andExpect(content().string(containsString("34 U.S.C. 41308(a)(3)")))
			.andExpect(content().string(containsString("officer at the deadline → supervisor +3:00 → command +8:00")));
		mvc.perform(get("/staff/protocols").param("version", "1").with(officer)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Leo's Protocol, first edition")));
	}

	@Test
	void theIncidentPagesAndTheirNoticesSpeakSpanish() throws Exception {
		String location = openFromForm();
		RequestPostProcessor supervisor = fixtures.as(Role.SUPERVISOR);

		mvc.perform(get("/staff/incidents").with(supervisor).header("Accept-Language", "es"))
			.andExpect(content().string(containsString("<h1>Incidentes</h1>")))
			.andExpect(content().string(containsString("Tablero en vivo")))
			.andExpect(content().string(containsString("<td>niño encontrado</td>")))
			.andExpect(content().string(containsString(">alta</span>")))
			.andExpect(content().string(containsString("<td>abierto</td>")))
			.andExpect(content().string(not(containsString("Found child"))))
			.andExpect(content().string(not(containsString("Responsible officer"))));
		mvc.perform(get("/staff/incidents/new").with(officer).header("Accept-Language", "es"))
			.andExpect(content().string(containsString("No hay plazo de espera")))
			.andExpect(content().string(containsString("Factores de riesgo")))
			.andExpect(content().string(containsString(">niño desaparecido</option>")))
			.andExpect(content().string(containsString(">Con angustia</option>")))
			.andExpect(content().string(not(containsString("Missing child"))))
			.andExpect(content().string(not(containsString("Kind of incident"))));
		mvc.perform(get("/staff/incidents/board").header("HX-Request", "true").with(supervisor)
			.header("Accept-Language", "es"))
			.andExpect(content().string(containsString("niño encontrado, antigüedad 6")))
			.andExpect(content().string(containsString("quedan ")))
			.andExpect(content().string(containsString("espera a la ")))
			.andExpect(content().string(not(containsString(" left"))))
			.andExpect(content().string(not(containsString("As of"))));
		mvc.perform(post(location + "/dispatch").with(officer).header("Accept-Language", "es").param("type", "ARRIVED")
			.param("officerBadge", "93001"))
			.andExpect(flash().attribute("notice", "Evento de despacho registrado."));
		mvc.perform(get(location).with(officer).header("Accept-Language", "es"))
			.andExpect(content().string(containsString("Pasos del protocolo")))
			.andExpect(content().string(containsString("Registrar lo que ocurre")))
			.andExpect(content().string(containsString("Entrega tras verificación")))
			.andExpect(content().string(containsString("Cronología")))
			.andExpect(content().string(not(containsString("Protocol steps"))))
			.andExpect(content().string(not(containsString("Record what happens"))))
			.andExpect(content().string(not(containsString("Release after verification"))))
			.andExpect(content().string(containsString("Con angustia")))
			.andExpect(content().string(containsString("cerca de agua, tráfico u otro peligro")))
			.andExpect(content().string(containsString("alta: menor de 6 años, 13 o menos")))
			.andExpect(content().string(containsString("aviso recibido")))
			.andExpect(content().string(not(containsString("waits for"))))
			.andExpect(content().string(not(containsString("report received"))))
			.andExpect(content().string(containsString("niño encontrado notificado en ")))
			.andExpect(content().string(containsString("unidad asignada")))
			.andExpect(content().string(not(containsString(" reported at "))));
		mvc.perform(get("/api/v1/incidents/{id}/timeline", location.substring(location.lastIndexOf('/') + 1))
			.with(officer).header("Accept-Language", "es"))
			.andExpect(jsonPath("$[?(@.type == 'REPORT_RECEIVED')].detail",
					hasItem(org.hamcrest.Matchers.startsWith("Found child reported at "))));
	}

	String openFromForm() throws Exception {
		return mvc.perform(post("/staff/incidents").with(officer).param("kind", "FOUND_CHILD")
			.param("location", "Swimming pool entrance").param("name", "Pia Pagetest").param("age", "6")
			.param("description", "green swimsuit, flip-flops, towel with ducks").param("condition", "DISTRESSED")
			.param("riskFactors", "NEAR_HAZARD").param("responsibleOfficerBadge", "93001"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}
}
