package org.leoprotocol.protocol.cad;

import java.nio.charset.StandardCharsets;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.ProtocolFixtures;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The staff page for CAD imports: paste or upload, every problem on its own line, the JSON kept when refused. */
@LeoIntegrationTest
class CadImportPagesIntegrationTests {

	static final String PAGE = "/staff/incidents/imports";

	@Autowired
	MockMvc mvc;
	RequestPostProcessor command;
	ProtocolFixtures fixtures;

	@BeforeEach
	void setUp(@Autowired Roster roster, @Autowired StaffDirectory staff, @Autowired MutableClock clock,
			@Autowired Scheduler scheduler, @Autowired JdbcClient jdbc) {
		fixtures = new ProtocolFixtures(roster, staff, clock, scheduler, jdbc);
		fixtures.officer("734", "Mark", "Miller", "Police Officer", "CENTRAL-A", Role.OFFICER);
		fixtures.officer("512", "Teresa", "Alvarez", "Sergeant", "CENTRAL-A", Role.SUPERVISOR);
		command = fixtures.officer("1", "David", "Miller", "Chief of Police", "HQ", Role.COMMAND);
		clock.resetToSystemTime();
	}

	@Test
	void commandPastesAnExportAndSeesEachIncidentWithItsFindings() throws Exception {
		mvc.perform(get(PAGE).with(command)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Import past incidents from CAD")));
		mvc.perform(get(PAGE).param("lang", "es").with(command)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Importar incidentes pasados del CAD")));
		String json = CadImportIntegrationTests.SCENARIO_000.replace("CAD-2019-0613-0142", "CAD-2017-PAGE")
			.replace("2019-", "2017-");
		mvc.perform(multipart(PAGE).param("pasted", json).with(command)).andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("CAD-2017-PAGE"), containsString("on scene 11:42 before first engagement"))));
		mvc.perform(multipart(PAGE)
			.file(new MockMultipartFile("file", "cad.json", "application/json", json.getBytes(StandardCharsets.UTF_8)))
			.with(command)).andExpect(status().isOk())
			.andExpect(content().string(containsString("imported before; nothing was changed")));
	}

	@Test
	void aRefusedExportListsEveryProblemAndKeepsTheText() throws Exception {
		String json = CadImportIntegrationTests.SCENARIO_000.replace("CAD-2019-0613-0142", "CAD-2017-REFUSED")
			.replace("\"verifyingBadge\":\"512\"", "\"verifyingBadge\":\"88888\"")
			.replace("ENGAGE_PERSON\",\"level\":3", "SING\",\"level\":3");
		mvc.perform(multipart(PAGE).param("pasted", json).with(command)).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("Nothing was imported"),
					containsString(
							"<li>incident 1 (CAD CAD-2017-REFUSED): escalation 4: unknown step code SING in protocol version 1</li>"),
					containsString("no officer with badge number 88888 on the roster"),
					containsString("spellcheck=\"false\">{\"cadNumber\":\"CAD-2017-REFUSED\",\"kind\""))));
		mvc.perform(multipart(PAGE).param("pasted", "[{").with(command)).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("the JSON cannot be read")));
		mvc.perform(multipart(PAGE).param("pasted", json).param("lang", "es").with(command))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(
					"<li>incidente 1 (CAD CAD-2017-REFUSED): escalamiento 4: código de paso desconocido SING en la versión 1 del protocolo</li>")));
	}

	@Test
	void onlyCommandAndAdministratorsSeeThePage() throws Exception {
		mvc.perform(get(PAGE).with(fixtures.as(Role.OFFICER))).andExpect(status().isForbidden());
		mvc.perform(get(PAGE).with(fixtures.as(Role.ADMIN))).andExpect(status().isOk());
	}
}
