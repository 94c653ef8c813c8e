package org.leoprotocol.personnel;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class PersonnelIntegrationTests {

	static final AtomicInteger BADGES = new AtomicInteger(90_000);

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	RosterImport rosterImport;
	@Autowired
	StaffDirectory staff;
	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void units() {
		roster.establishUnit("T-HQ", "Test headquarters", null);
		roster.establishUnit("T-SQUAD", "Test squad", "T-HQ");
	}

	@Test
	void findsAnOfficerByBadgeAndAuditsTheRead() throws Exception {
		String badge = enlist("Mark", "Tester");

		mvc.perform(get("/api/v1/officers/badge/{badge}", badge).with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.officer.badgeNumber").value(badge))
			.andExpect(jsonPath("$.officer.status").value("ACTIVE"));
		mvc.perform(get("/api/v1/officers/badge/{badge}", "no-such-badge").with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No officer with badge number no-such-badge"));

		OfficerId id = roster.findByBadge(badge).orElseThrow().id();
		assertThat(jdbc.sql(
				"select count(*) from audit_event where action = 'READ' and record_type = 'Officer' and record_id = :id")
			.param("id", id.toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void commandPlacesAnOfficerOnLeaveWithReasonAndCaseAndTheHistoryKeepsIt() throws Exception {
		String badge = enlist("Leave", "Subject");
		OfficerId id = roster.findByBadge(badge).orElseThrow().id();

		mvc.perform(post("/api/v1/officers/{id}/status", id).with(as(staff, Role.COMMAND))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"status":"ADMINISTRATIVE_LEAVE","reason":"administrative leave; service weapon and badge surrendered","caseReference":"IA-2026-0001"}
							"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.officer.status").value("ADMINISTRATIVE_LEAVE"))
			.andExpect(
					jsonPath("$.history[0].reason").value("administrative leave; service weapon and badge surrendered"))
			.andExpect(jsonPath("$.history[0].changedBy").value("test-command"))
			.andExpect(jsonPath("$.history[0].caseReference").value("IA-2026-0001"));

		mvc.perform(post("/api/v1/officers/{id}/status", id).with(as(staff, Role.COMMAND))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"status":"ADMINISTRATIVE_LEAVE","reason":"again"}
					"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Leave Subject is already on administrative leave"));
		mvc.perform(post("/api/v1/officers/{id}/status", id).with(as(staff, Role.COMMAND))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"status":"SUSPENDED","reason":"  "}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("A status change needs a reason"));
		mvc.perform(post("/api/v1/officers/{id}/status", id).with(as(staff, Role.COMMAND))
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ON_A_BOAT\",\"reason\":\"x\"}"))
			.andExpect(status().isBadRequest());

		assertThat(roster.history(id)).hasSize(1);
		assertThat(jdbc.sql("select detail from audit_event where action = 'UPDATE' and record_id = :id")
			.param("id", id.toString()).query(String.class).list())
			.containsExactly("audit.detail.officer.status|ACTIVE|ADMINISTRATIVE_LEAVE");
	}

	@Test
	void theStatusHistoryCannotBeRewrittenInTheDatabase() {
		String badge = enlist("History", "Guard");
		OfficerId id = roster.findByBadge(badge).orElseThrow().id();
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
		roster.changeStatus(id, OfficerStatus.SUSPENDED, "suspended for 30 days", null, Actor.staff("test"));

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc.sql("update officer_status_change set reason = 'nothing'").update())
			.rootCause().hasMessageContaining("officer_status_change is append-only");
	}

	@Test
	void anOfficerMayReadTheRosterButNotChangeAStatus() throws Exception {
		String badge = enlist("Not", "Allowed");
		OfficerId id = roster.findByBadge(badge).orElseThrow().id();

		mvc.perform(get("/api/v1/officers").param("q", badge).with(as(staff, Role.OFFICER))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/officers/{id}/status", id).with(as(staff, Role.OFFICER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"SUSPENDED\",\"reason\":\"x\"}"))
			.andExpect(status().isForbidden());

		assertThat(roster.get(id).status()).isEqualTo(OfficerStatus.ACTIVE);
	}

	@Test
	void theStatusChangePageShowsARefusalOnTheFormAndKeepsTheInput() throws Exception {
		String badge = enlist("Form", "Subject");
		OfficerId id = roster.findByBadge(badge).orElseThrow().id();

		mvc.perform(post("/staff/personnel/{id}/status", id).with(as(staff, Role.COMMAND)).with(csrf())
			.param("status", "SUSPENDED").param("reason", "").param("caseReference", "IA-7"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A status change needs a reason")))
			.andExpect(content().string(containsString("value=\"IA-7\"")));
		mvc.perform(post("/staff/personnel/{id}/status", id).with(as(staff, Role.COMMAND)).with(csrf())
			.param("status", "SUSPENDED").param("reason", "suspended pending hearing <b>now</b>"))
			.andExpect(redirectedUrl("/staff/personnel/" + id));
		mvc.perform(get("/staff/personnel/{id}", id).with(as(staff, Role.COMMAND)))
			.andExpect(content().string(containsString("suspended pending hearing &lt;b&gt;now&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("<b>now</b>"))));
	}

	@Test
	void aSpanishReaderReadsTheStatusFormsRefusalAndNoticeInSpanish() throws Exception {
		String badge = enlist("Forma", "Sujeto");
		OfficerId id = roster.findByBadge(badge).orElseThrow().id();

		mvc.perform(post("/staff/personnel/{id}/status", id).header("Accept-Language", "es")
			.with(as(staff, Role.COMMAND)).with(csrf())
			.param("status", "SUSPENDED").param("reason", " ").param("caseReference", "IA-8"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Un cambio de estado necesita un motivo")))
			.andExpect(content().string(containsString("value=\"IA-8\"")))
			.andExpect(content().string(containsString(">Suspendido</option>")))
			.andExpect(content().string(not(containsString("A status change needs a reason"))));
		mvc.perform(post("/staff/personnel/{id}/status", id).header("Accept-Language", "es")
			.with(as(staff, Role.COMMAND)).with(csrf())
			.param("status", "ADMINISTRATIVE_LEAVE").param("reason", "pendiente de la audiencia"))
			.andExpect(redirectedUrl("/staff/personnel/" + id))
			.andExpect(flash().attribute("notice", "Forma Sujeto está ahora en licencia administrativa."));
		mvc.perform(post("/staff/personnel/{id}/status", id).header("Accept-Language", "es")
			.with(as(staff, Role.COMMAND)).with(csrf())
			.param("status", "ADMINISTRATIVE_LEAVE").param("reason", "otra vez"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Forma Sujeto ya está en licencia administrativa")));
		mvc.perform(get("/staff/personnel/{id}", id).header("Accept-Language", "es").with(as(staff, Role.COMMAND)))
			.andExpect(content().string(containsString("<td>En activo</td><td>Licencia administrativa</td>")));
	}

	@Test
	void searchAnswersHtmxWithTheResultsFragmentOnly() throws Exception {
		String badge = enlist("Fragment", "Person");

		mvc.perform(get("/staff/personnel").param("q", "fragment pers").header("HX-Request", "true")
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(badge)))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/staff/personnel").param("q", badge).with(as(staff, Role.SUPERVISOR)))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("1 officer")));
		mvc.perform(get("/staff/personnel").param("q", badge).header("Accept-Language", "es")
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(content().string(containsString("Número de placa o nombre")))
			.andExpect(content().string(containsString("1 agente")))
			.andExpect(content().string(containsString("Cualquier situación")))
			.andExpect(content().string(containsString("En activo")))
			.andExpect(content().string(not(containsString("Badge number or name"))));
	}

	@Test
	void importReportsEveryBadRowAndStoresEveryGoodOneOnce() {
		String first = nextBadge();
		String second = nextBadge();
		String csv = """
				badge_number,first_name,last_name,rank,unit_code,hire_date,status
				%s,Ana,Import,Police Officer,T-SQUAD,2019-05-01,
				,No,Badge,Police Officer,T-SQUAD,2019-05-01,
				%s,Ben,Import,Sergeant,NO-SUCH-UNIT,2019-05-01,
				%s,Cal,Import,Sergeant,T-SQUAD,May 2019,
				%s,Dee,Import,Sergeant,T-SQUAD,2012-01-01,RETIRED
				""".formatted(first, nextBadge(), nextBadge(), second);

		ImportReport report = rosterImport.importCsv(new StringReader(csv), Actor.staff("test"));

		assertThat(report.created()).isEqualTo(2);
		assertThat(report.problems()).extracting(ImportReport.Line::row, line -> english(line.message()))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(3L, "badge_number is empty"),
					org.assertj.core.groups.Tuple.tuple(4L, "unit_code 'NO-SUCH-UNIT' names no unit"),
					org.assertj.core.groups.Tuple.tuple(5L, "hire_date 'May 2019' is not a date like 2011-04-01"));
		assertThat(roster.findByBadge(second).orElseThrow().status()).isEqualTo(OfficerStatus.RETIRED);

		ImportReport again = rosterImport.importCsv(new StringReader(csv), Actor.staff("test"));
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(2);
	}

	@Test
	void aStatusTheImportChangedIsGivenLeosReasonInTheReadersLanguage() throws Exception {
		String badge = enlist("Gus", "Import");
		OfficerId id = roster.findByBadge(badge).orElseThrow().id();
		rosterImport.importCsv(new StringReader("badge_number,first_name,last_name,rank,unit_code,status\n" + badge
				+ ",Gus,Import,Police Officer,T-SQUAD,SUSPENDED\n"), Actor.staff("test"));

		mvc.perform(get("/staff/personnel/{id}", id).header("Accept-Language", "es").with(as(staff, Role.COMMAND)))
			.andExpect(content().string(
					containsString("<td>En activo</td><td>Suspendido</td><td>Importación de la plantilla</td>")))
			.andExpect(content().string(not(containsString("roster import"))));
	}

	@Test
	void importRejectsAFileWithoutTheRequiredColumnsAndSaysWhich() {
		ImportReport report = rosterImport.importCsv(new StringReader("badge,name\n1,x\n"), Actor.staff("test"));

		assertThat(english(report.fileProblem()))
			.startsWith("The header lacks the column(s) badge_number, first_name, last_name, rank");
		assertThat(report.lines()).isEmpty();
	}

	@Test
	void theImportPageSaysTheReportAndEveryBadRowInTheReadersLanguage() throws Exception {
		String csv = "badge_number,first_name,last_name,rank,hire_date\n" + nextBadge()
				+ ",Eva,Import,Police Officer,\n,No,Badge,Police Officer,\n" + nextBadge()
				+ ",Flo,Import,Sergeant,May 2019\n";
		mvc.perform(multipart("/staff/personnel/import")
			.file(new MockMultipartFile("file", "roster.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("lang", "es").with(as(staff, Role.ADMIN)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 creados, 0 actualizados, 0 sin cambios, 2 rechazados")))
			.andExpect(content().string(containsString("badge_number está vacío")))
			.andExpect(content().string(containsString("no es una fecha como 2011-04-01")));
	}

	@Test
	void importThroughTheApiIsForAdministratorsOnly() throws Exception {
		String csv = "badge_number,first_name,last_name,rank\n" + nextBadge() + ",Api,Import,Police Officer\n";
		mvc.perform(post("/api/v1/officers/import").with(as(staff, Role.COMMAND)).contentType("text/csv").content(csv))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/officers/import").with(as(staff, Role.ADMIN)).contentType("text/csv").content(csv))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
	}

	private String english(Sentence problem) {
		return messages.getMessage(problem, Locale.ENGLISH);
	}

	private String enlist(String first, String last) {
		String badge = nextBadge();
		roster.enlist(new NewOfficer(badge, first, last, "Police Officer", "T-SQUAD", LocalDate.of(2015, 3, 1), null));
		return badge;
	}

	private static String nextBadge() {
		return Integer.toString(BADGES.incrementAndGet());
	}
}
