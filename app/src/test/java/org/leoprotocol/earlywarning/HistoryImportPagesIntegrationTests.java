package org.leoprotocol.earlywarning;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.earlywarning.web.EarlyWarningRoutes;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator imports an agency's history with the agency's own mapping file: a mapping Leo cannot use is refused
 * line by line with its text kept on the form, a good one is kept for next time, the import runs in the background with
 * its progress on the page, and the rejected rows download as CSV. The API does the same.
 */
@LeoIntegrationTest
public class HistoryImportPagesIntegrationTests {

	public static final String MAPPING = """
			# Springfield internal affairs export
			agency=%s
			officer.id=emp_no
			officer.last_name=surname
			officer.rank=rank
			complaint.id=case
			complaint.received=opened
			complaint.closed=closed
			allegation.category=type
			allegation.finding=outcome
			finding.SUSTAINED=Founded
			finding.NOT_SUSTAINED=Not Sustained
			finding.EXONERATED=Exonerated
			category.FORCE=Use of Force
			category.DISCOURTESY=Rudeness
			""";

	static final String CSV = """
			emp_no,surname,rank,case,opened,closed,type,outcome
			E1,Smith,Officer,IA-1,2024-01-05,2024-03-01,Use of Force,Not Sustained
			E1,Smith,Officer,IA-2,2024-02-05,2024-04-01,Rudeness,Founded
			E2,Jones,Officer,IA-3,2024-02-07,2024-05-01,Rudeness,Lost
			""";

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;

	/** Follows an import's page until it is done; returns the finished progress section. */
	static String finished(MockMvc mvc, StaffDirectory staff, String jobUrl) throws Exception {
		mvc.perform(get(jobUrl).with(as(staff, Role.ADMIN))).andExpect(status().isOk());
		String[] page = new String[1];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
			page[0] = mvc.perform(get(jobUrl + "/progress").with(as(staff, Role.ADMIN))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			return !page[0].contains("hx-trigger");
		});
		return page[0];
	}

	/** A mapping with a misspelt key on line 5 and a finding Leo does not have on line 11. */
	static String broken(String agency) {
		return MAPPING.formatted(agency)
			.replace("finding.SUSTAINED=Founded", "finding.FOUNDED=Founded")
			.replace("officer.rank=rank", "officer.rnak=rank");
	}

	@Test
	void aMappingWithMistakesIsRefusedLineByLineAndItsTextKept() throws Exception {
		mvc.perform(multipart(EarlyWarningRoutes.IMPORT).file(csv())
			.file(mapping("broken.properties", broken("SPRINGFIELD-BROKEN")))
			.with(as(staff, Role.ADMIN)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Nothing was imported.")))
			.andExpect(content().string(containsString("line 5: 'officer.rnak' is not a mapping key")))
			.andExpect(
					content().string(containsString("line 11: 'FOUNDED' is not a Leo finding; use one of SUSTAINED")))
			.andExpect(content().string(containsString("officer.rnak=rank")))
			.andExpect(content().string(containsString("value=\"broken.properties\"")));
		mvc.perform(get(EarlyWarningRoutes.IMPORT).with(as(staff, Role.ADMIN)))
			.andExpect(content().string(not(containsString(">broken<"))));
	}

	@Test
	void aSpanishReaderReadsABrokenMappingsProblemsInSpanishOnThePageAndInTheApi() throws Exception {
		String broken = broken("SPRINGFIELD-ES");

		mvc.perform(multipart(EarlyWarningRoutes.IMPORT).file(csv()).file(mapping("roto.properties", broken))
			.header("Accept-Language", "es").with(as(staff, Role.ADMIN)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("línea 5: 'officer.rnak' no es una clave de mapeo")))
			.andExpect(content().string(
					containsString("línea 11: 'FOUNDED' no es un resultado de Leo; use uno de SUSTAINED")))
			.andExpect(content().string(not(containsString("is not a"))));
		mvc.perform(multipart(EarlyWarningRoutes.IMPORT).param("mapping", "ccrb")
			.header("Accept-Language", "es").with(as(staff, Role.ADMIN)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Elija un archivo CSV para importar")));
		mvc.perform(multipart("/api/v1/early-warning/import").file(csv()).file(mapping("roto.properties", broken))
			.header("Accept-Language", "es").with(as(staff, Role.ADMIN)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("El mapeo no se puede usar"))
			.andExpect(jsonPath("$.detail").value("El mapeo roto no se puede usar: 2 problemas, cada uno en la lista"))
			.andExpect(jsonPath("$.problems[1]")
				.value(startsWith("línea 11: 'FOUNDED' no es un resultado de Leo; use uno de SUSTAINED")))
			.andExpect(jsonPath("$.lines[0].line").value(5))
			.andExpect(jsonPath("$.lines[0].message").value(startsWith("'officer.rnak' no es una clave de mapeo")));
	}

	@Test
	void aMappingThatDoesNotFitTheFileNamesTheLineOfEachMissingColumn() throws Exception {
		String other = MAPPING.formatted("SPRINGFIELD-HEADER").replace("allegation.category=type",
				"allegation.category=kind");

		mvc.perform(multipart(EarlyWarningRoutes.IMPORT).file(csv()).param("mappingName", "header.properties")
			.param("mappingText", other)
			.with(as(staff, Role.ADMIN)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(
					"Nothing was imported: springfield.csv lacks the column 'kind' that the mapping header reads at its "
							+ "line 9 (allegation.category)")));
	}

	@Test
	void anAgencysOwnMappingImportsInTheBackgroundAndIsKeptForNextTime() throws Exception {
		String job = mvc.perform(multipart(EarlyWarningRoutes.IMPORT).file(csv())
			.file(mapping("springfield.properties", MAPPING.formatted("SPRINGFIELD-PAGES"))).with(as(staff, Role.ADMIN))
			.with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

		String report = finished(mvc, staff, job);
		assertThat(report).contains("SPRINGFIELD-PAGES: 2 allegations created, 0 changed, 0 unchanged, 1 rows rejected")
			.contains("finding 'Lost' is not in the mapping springfield");
		assertThat(mvc.perform(get(job).header("Accept-Language", "es").with(as(staff, Role.ADMIN)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("SPRINGFIELD-PAGES: 2 alegaciones creadas, 0 modificadas, 0 sin cambios, 1 filas rechazadas")
			.contains("Filas no importadas").contains("Descargar todas las filas rechazadas (1)")
			.contains("la resolución 'Lost' no está en el mapeo springfield; añádala a una de las líneas finding.*")
			.contains("Indicadores recalculados; ")
			.doesNotContain("Rows not imported").doesNotContain("is not in the mapping")
			.doesNotContain("Recomputed indicators");
		String problems = mvc.perform(get(job + "/problems.csv").with(as(staff, Role.ADMIN)))
			.andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(problems).startsWith("row,problem").contains("4,finding 'Lost' is not in the mapping springfield");
		assertThat(mvc.perform(get(job + "/problems.csv").header("Accept-Language", "es").with(as(staff, Role.ADMIN)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.startsWith("row,problem").contains("4,la resolución 'Lost' no está en el mapeo springfield")
			.doesNotContain("is not in the mapping");
		mvc.perform(get(job + "/problems.csv").with(as(staff, Role.SUPERVISOR))).andExpect(status().isForbidden());
		mvc.perform(get(EarlyWarningRoutes.IMPORT).with(as(staff, Role.ADMIN)))
			.andExpect(content().string(containsString("<option value=\"springfield\"")))
			.andExpect(content().string(containsString("springfield</td>")));

		String again = mvc.perform(multipart(EarlyWarningRoutes.IMPORT).file(csv()).param("mapping", "springfield")
			.with(as(staff, Role.ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(finished(mvc, staff, again))
			.contains("0 allegations created, 0 changed, 2 unchanged, 1 rows rejected");
	}

	@Test
	void anExportsThreeGzipFilesUploadTogetherAndTheReportSaysWhatTheDataLacks() throws Exception {
		String chicago;
		try (var shipped = getClass().getResourceAsStream("/early-warning/mappings/cpdp-chicago.properties")) {
			chicago = new String(shipped.readAllBytes(), StandardCharsets.UTF_8).replace("agency=CHICAGO-PD",
					"agency=CHI-PAGES");
		}
		String job = mvc.perform(multipart(EarlyWarningRoutes.IMPORT)
			.file(gzip("final-profiles.csv.gz", HistoryImportV2IntegrationTests.PROFILES))
			.file(gzip("complaints-accused.csv.gz", HistoryImportV2IntegrationTests.ACCUSED))
			.file(gzip("complaints-complaints.csv.gz", HistoryImportV2IntegrationTests.COMPLAINTS))
			.file(mapping("chicago-pages.properties", chicago)).with(as(staff, Role.ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

		assertThat(finished(mvc, staff, job))
			.contains("CHI-PAGES: 3 allegations created, 0 changed, 0 unchanged, 1 rows rejected; "
					+ "3 officers and 2 complaints read from their own files")
			.contains("What this data leaves early warning without")
			.contains("1 of 2 complaints in complaints-complaints.csv.gz have no closing date");
		assertThat(mvc.perform(get(job + "/progress").header("Accept-Language", "es").with(as(staff, Role.ADMIN)))
			.andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8))
			.contains("Lo que estos datos dejan fuera de la alerta temprana")
			.contains("1 de 2 quejas en complaints-complaints.csv.gz no tienen fecha de cierre")
			.doesNotContain("have no closing date");
		mvc.perform(multipart("/api/v1/early-warning/import")
			.file(gzip("final-profiles.csv.gz", HistoryImportV2IntegrationTests.PROFILES))
			.file(gzip("complaints-accused.csv.gz", HistoryImportV2IntegrationTests.ACCUSED))
			.file(gzip("complaints-complaints.csv.gz", HistoryImportV2IntegrationTests.COMPLAINTS))
			.file(mapping("chicago-api-es.properties", chicago.replace("agency=CHI-PAGES", "agency=CHI-API-ES")))
			.header("Accept-Language", "es").with(as(staff, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings[0]")
				.value(containsString("1 de 2 quejas en complaints-complaints.csv.gz no tienen fecha de cierre")))
			.andExpect(jsonPath("$.warned[0].key").value("historyimport.warning.undatedComplaints"));

		mvc.perform(multipart(EarlyWarningRoutes.IMPORT)
			.file(gzip("complaints-accused.csv.gz", HistoryImportV2IntegrationTests.ACCUSED))
			.param("mapping", "chicago-pages").with(as(staff, Role.ADMIN)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(
					"Nothing was imported: the mapping chicago-pages reads 3 file(s) (allegations, complaints, officers); 1 given")));
	}

	static MockMultipartFile gzip(String name, String text) throws java.io.IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.GZIPOutputStream(bytes)) {
			zip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return new MockMultipartFile("file", name, "application/gzip", bytes.toByteArray());
	}

	@Test
	void theApiTakesAMappingFileAndRefusesABadOneWithItsLines() throws Exception {
		mvc.perform(multipart("/api/v1/early-warning/import").file(csv())
			.file(mapping("springfield-api.properties",
					MAPPING.formatted("SPRINGFIELD-API").replace("agency=", "agancy=")))
			.with(as(staff, Role.ADMIN)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.messageKey").value("earlywarning.mapping.invalid"))
			.andExpect(jsonPath("$.problems[0]").value(startsWith("line 2: 'agancy' is not a mapping key")))
			.andExpect(jsonPath("$.lines[0].line").value(2))
			.andExpect(jsonPath("$.lines[0].message").value(startsWith("'agancy' is not a mapping key")));

		mvc.perform(multipart("/api/v1/early-warning/import").file(csv())
			.file(mapping("springfield-api.properties", MAPPING.formatted("SPRINGFIELD-API")))
			.with(as(staff, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.problems[0].row").value(4))
			.andExpect(jsonPath("$.problems[0].message")
				.value("finding 'Lost' is not in the mapping springfield-api; add it to one of the finding.* lines"))
			.andExpect(jsonPath("$.summary").value("2 allegations created, 0 changed, 0 unchanged, 1 rows rejected"));
		mvc.perform(post("/api/v1/early-warning/import").param("mapping", "springfield-api").contentType("text/csv")
			.content(CSV).header("Accept-Language", "es")
			.with(as(staff, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems[0].row").value(4))
			.andExpect(jsonPath("$.problems[0].message")
				.value("la resolución 'Lost' no está en el mapeo springfield-api; añádala a una de las líneas finding.*"))
			.andExpect(jsonPath("$.summary")
				.value("0 alegaciones creadas, 0 modificadas, 2 sin cambios, 1 filas rechazadas"));
		mvc.perform(post("/api/v1/early-warning/import").param("mapping", "springfield-api").contentType("text/csv")
			.content(CSV)
			.with(as(staff, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged").value(2));
		mvc.perform(post("/api/v1/early-warning/import").param("mapping", "/etc/hostname").contentType("text/csv")
			.content(CSV)
			.with(as(staff, Role.ADMIN)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("No mapping named '/etc/hostname'")));
		mvc.perform(
				get("/api/v1/early-warning/mappings").with(as(staff, Role.ADMIN)).accept(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0]").value("ccrb"));
	}

	@Test
	void anAdministratorRebuildsEarlyWarningFromLeosOwnRecords() throws Exception {
		mvc.perform(post(EarlyWarningRoutes.RECOMPUTE).with(as(staff, Role.ADMIN)).with(csrf()))
			.andExpect(redirectedUrl(EarlyWarningRoutes.IMPORT))
			.andExpect(flash().attribute("notice", startsWith("Read the record of ")));
		mvc.perform(post(EarlyWarningRoutes.RECOMPUTE).with(as(staff, Role.ADMIN)).with(csrf())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
			.andExpect(flash().attribute("notice", startsWith("Se leyó el expediente de ")));
		mvc.perform(post(EarlyWarningRoutes.RECOMPUTE).with(as(staff, Role.SUPERVISOR)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private static MockMultipartFile csv() {
		return new MockMultipartFile("file", "springfield.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
	}

	private static MockMultipartFile mapping(String name, String text) {
		return new MockMultipartFile("mappingFile", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
	}
}
