package org.leoprotocol.personnel.duty;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.OfficerStatus;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class DutyApiIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;

	String unit;
	String sergeant;

	@BeforeEach
	void squad() {
		clock.set(Instant.parse("2032-05-01T10:00:00Z"));
		unit = "DA-" + UUID.randomUUID().toString().substring(0, 8);
		roster.establishUnit(unit, "Duty API squad " + unit, null);
		sergeant = enlist("Sergeant");
	}

	@Test
	void aSupervisorAddsAShiftInLocalTimeAndEveryoneSeesWhoIsOnDuty() throws Exception {
		mvc.perform(post("/api/v1/duty/shifts").with(as(staff, Role.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
			.content(shift(sergeant, "SUPERVISOR", "2032-05-01T06:00", "2032-05-01T18:00")))
			.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/duty").param("at", "2032-05-01T12:00:00Z").with(as(staff, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.unitCode == '" + unit + "')].badge").value(hasItem(sergeant)))
			.andExpect(jsonPath("$[?(@.unitCode == '" + unit + "')].post").value(hasItem("SUPERVISOR")));
		mvc.perform(get("/api/v1/duty").param("at", "2032-05-01T19:00").with(as(staff, Role.OFFICER)))
			.andExpect(jsonPath("$[*].badge").value(not(hasItem(sergeant))));
	}

	@Test
	void anOfficerMayNotSetTheRoster() throws Exception {
		mvc.perform(post("/api/v1/duty/shifts").with(as(staff, Role.OFFICER)).contentType(MediaType.APPLICATION_JSON)
			.content(shift(sergeant, "SUPERVISOR", "2032-05-01T06:00", "2032-05-01T18:00")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTerminatedOfficerCannotBePutOnAShift() throws Exception {
		String fired = enlist("Police Officer");
		roster.changeStatus(roster.findByBadge(fired).orElseThrow().id(), OfficerStatus.TERMINATED, "terminated",
				"IA-9", Actor.staff("test"));

		mvc.perform(post("/api/v1/duty/shifts").with(as(staff, Role.COMMAND)).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "es")
			.content(shift(fired, "OFFICER", "2032-05-01T06:00", "2032-05-01T18:00")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("personnel.unavailable.TERMINATED"))
			.andExpect(
					jsonPath("$.detail").value("El agente " + fired + " fue despedido y no puede recibir servicio."));
	}

	@Test
	void aFileWithBadRowsIsRefusedWholeListingEveryBadRowAndAGoodFileImportsOnce() throws Exception {
		String officer = enlist("Police Officer");
		String bad = ShiftImport.HEADER + "\n" + sergeant + "," + unit
				+ ",SUPERVISOR,2032-05-02T06:00,2032-05-02T18:00\n"
				+ "no-such-badge," + unit + ",OFFICER,2032-05-02T06:00,2032-05-02T18:00\n"
				+ officer + "," + unit + ",CAPTAIN,2032-05-02T06:00,2032-05-02T05:00\n";
		mvc.perform(post("/api/v1/duty/imports").with(as(staff, Role.ADMIN)).contentType("text/csv").content(bad))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[0].row").value(3))
			.andExpect(jsonPath("$.rows[0].problem").value("badge 'no-such-badge' names no officer"))
			.andExpect(jsonPath("$.rows[1].row").value(4));
		mvc.perform(post("/api/v1/duty/imports").with(as(staff, Role.ADMIN)).contentType("text/csv")
			.header("Accept-Language", "es").content(bad))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[0].problem").value("la placa 'no-such-badge' no corresponde a ningún agente"))
			.andExpect(jsonPath("$.title").value("No se pueden importar los turnos"))
			.andExpect(jsonPath("$.messageKey").value("personnel.duty.import.refused"))
			.andExpect(
					jsonPath("$.problems[0]").value("fila 3: la placa 'no-such-badge' no corresponde a ningún agente"));

		String good = ShiftImport.HEADER + "\n" + sergeant + "," + unit
				+ ",SUPERVISOR,2032-05-02T06:00,2032-05-02T18:00\n"
				+ officer + "," + unit + ",OFFICER,2032-05-02T06:00,2032-05-02T18:00\n";
		mvc.perform(post("/api/v1/duty/imports").with(as(staff, Role.ADMIN)).contentType("text/csv").content(good))
			.andExpect(jsonPath("$.added").value(2));
		mvc.perform(post("/api/v1/duty/imports").with(as(staff, Role.ADMIN)).contentType("text/csv").content(good))
			.andExpect(jsonPath("$.added").value(0))
			.andExpect(jsonPath("$.unchanged").value(2));
	}

	@Test
	void thePageShowsWhoIsOnDutyAndTakesAnUploadedFile() throws Exception {
		String csv = ShiftImport.HEADER + "\n" + sergeant + "," + unit
				+ ",SUPERVISOR,2032-05-01T06:00,2032-05-01T18:00\n";
		mvc.perform(multipart("/staff/personnel/duty/imports")
			.file(new MockMultipartFile("file", "shifts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(as(staff, Role.COMMAND)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/staff/personnel/duty").with(as(staff, Role.SUPERVISOR)).header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De servicio")))
			.andExpect(content().string(containsString("(" + sergeant + ")")));

		mvc.perform(multipart("/staff/personnel/duty/imports")
			.file(new MockMultipartFile("file", "shifts.csv", "text/csv",
					(ShiftImport.HEADER + "\n" + sergeant + "," + unit + ",SUPERVISOR,tomorrow,2032-05-01T18:00\n")
						.getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "es").with(as(staff, Role.COMMAND)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("no es una hora local como 2026-12-05T07:00")));
	}

	@Test
	void aRefusedShiftFormKeepsItsStatusAndSaysWhyInTheReadersLanguage() throws Exception {
		mvc.perform(post("/staff/personnel/duty/shifts").header("Accept-Language", "es")
			.with(as(staff, Role.SUPERVISOR)).with(csrf())
			.param("badge", "no-such-badge").param("unit", unit).param("post", "OFFICER")
			.param("starts", "2032-05-03T06:00").param("ends", "2032-05-03T18:00"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"duty-problem\">la placa ")))
			.andExpect(content().string(containsString("no-such-badge")))
			.andExpect(content().string(containsString("no corresponde a ningún agente</p>")));
		mvc.perform(get("/staff/personnel/duty").param("at", "yesterday").header("Accept-Language", "es")
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("no es ni un instante ni una hora local")))
			.andExpect(content().string(not(containsString("is neither an instant"))));
	}

	private String shift(String badge, String post, String starts, String ends) {
		return """
				{"badge":"%s","unit":"%s","post":"%s","starts":"%s","ends":"%s"}
				""".formatted(badge, unit, post, starts, ends);
	}

	private String enlist(String rank) {
		String badge = "DA" + UUID.randomUUID().toString().substring(0, 8);
		OfficerId id = roster
			.enlist(new NewOfficer(badge, "Api", "Tester", rank, unit, LocalDate.of(2012, 1, 1), null));
		return roster.get(id).badgeNumber();
	}
}
