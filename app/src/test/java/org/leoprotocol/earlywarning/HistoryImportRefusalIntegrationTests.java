package org.leoprotocol.earlywarning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.earlywarning.cli.HistoryImportCommand;
import org.leoprotocol.earlywarning.web.EarlyWarningRoutes;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The four bad inputs an agency's export arrives with — a mapping naming a column the file lacks, a code the mapping
 * does not name, bytes in the wrong encoding, an empty file — each refused whole, naming the file and the line, in
 * English and Spanish, through the command, the API (a 422 problem document, never a 500) and the import page, and
 * nothing of the three files stored.
 */
@LeoIntegrationTest
class HistoryImportRefusalIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	HistoryImportCommand importCommand;
	@Autowired
	JdbcClient jdbc;
	@TempDir
	Path directory;

	/** The three files of a small Chicago-shaped export, by name, as gzip bytes; a test spoils one of them. */
	static Map<String, byte[]> export() throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("complaints-accused.csv.gz",
				gzip(HistoryImportV2IntegrationTests.ACCUSED.getBytes(StandardCharsets.UTF_8)));
		files.put("complaints-complaints.csv.gz",
				gzip(HistoryImportV2IntegrationTests.COMPLAINTS.getBytes(StandardCharsets.UTF_8)));
		files.put("final-profiles.csv.gz",
				gzip(HistoryImportV2IntegrationTests.PROFILES.getBytes(StandardCharsets.UTF_8)));
		return files;
	}

	static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(bytes);
		}
		return out.toByteArray();
	}

	static String mapping(String agency) throws IOException {
		try (var shipped = HistoryImportRefusalIntegrationTests.class
			.getResourceAsStream("/early-warning/mappings/cpdp-chicago.properties")) {
			return new String(shipped.readAllBytes(), StandardCharsets.UTF_8).replace("agency=CHICAGO-PD",
					"agency=" + agency);
		}
	}

	long stored(String agency) {
		return jdbc.sql("select (select count(*) from ew_officer where agency_code = :agency) "
				+ "+ (select count(*) from ew_complaint where agency_code = :agency)")
			.param("agency", agency).query(Long.class).single();
	}

	/** Runs {@code ./leo import} on the files written to disk; returns what it printed, after checking it failed. */
	String command(String agency, Map<String, byte[]> files) throws IOException {
		Path mapping = directory.resolve(agency.toLowerCase(Locale.ROOT) + ".properties");
		Files.writeString(mapping, mapping(agency));
		List<String> arguments = new ArrayList<>(List.of("--mapping", mapping.toString()));
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Path written = directory.resolve(file.getKey());
			Files.write(written, file.getValue());
			arguments.add(written.toString());
		}
		StringWriter console = new StringWriter();
		assertThat(importCommand.run(arguments, new PrintWriter(console, true))).isEqualTo(1);
		return console.toString();
	}

	MockMultipartHttpServletRequestBuilder upload(String target, String agency, Map<String, byte[]> files)
			throws IOException {
		MockMultipartHttpServletRequestBuilder request = multipart(target);
		files.forEach((name, bytes) -> request.file(new MockMultipartFile("file", name, "application/gzip", bytes)));
		request.file(new MockMultipartFile("mappingFile", agency.toLowerCase(Locale.ROOT) + ".properties", "text/plain",
				mapping(agency).getBytes(StandardCharsets.UTF_8)));
		return request;
	}

	/** The API's answer in a language: a 422 problem document whose detail contains {@code expected}. */
	void api(String agency, Map<String, byte[]> files, String language, String expected) throws Exception {
		mvc.perform(upload("/api/v1/early-warning/import", agency, files).header("Accept-Language", language)
			.accept(MediaType.APPLICATION_JSON).with(as(staff, Role.ADMIN)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString(expected)))
			.andExpect(jsonPath("$.refusal[0].key").value(containsString("historyimport.refused.")));
	}

	/** The import page's answer in a language: refused at once (422) or in the background import's report. */
	String page(String agency, Map<String, byte[]> files, String language) throws Exception {
		var response = mvc.perform(upload(EarlyWarningRoutes.IMPORT, agency, files).header("Accept-Language", language)
			.with(as(staff, Role.ADMIN)).with(csrf())).andReturn().getResponse();
		if (response.getStatus() == 422) {
			return response.getContentAsString();
		}
		assertThat(response.getStatus()).isEqualTo(302);
		String job = response.getRedirectedUrl();
		HistoryImportPagesIntegrationTests.finished(mvc, staff, job);
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(job + "/progress")
			.header("Accept-Language", language).with(as(staff, Role.ADMIN))).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void aMappingThatNamesAColumnTheFileLacksIsRefusedAtTheMappingsLine() throws Exception {
		Map<String, byte[]> files = export();
		files.put("complaints-complaints.csv.gz",
				gzip(HistoryImportV2IntegrationTests.COMPLAINTS.replace("closed_date", "date_closed")
					.getBytes(StandardCharsets.UTF_8)));

		assertThat(command("CHI-R-COLUMN", files))
			.contains("Nothing was imported: complaints-complaints.csv.gz lacks the column "
					+ "'closed_date' that the mapping chi-r-column.properties reads at its line 34 (complaint.closed); the file's header (line 1) has "
					+ "cr_id, cv, incident_date, complaint_date, date_closed");
		api("CHI-R-COLUMN", files, "en",
				"complaints-complaints.csv.gz lacks the column 'closed_date' that the mapping chi-r-column reads at "
						+ "its line 34 (complaint.closed)");
		api("CHI-R-COLUMN", files, "es",
				"No se importó nada: en complaints-complaints.csv.gz falta la columna 'closed_date' que el mapeo "
						+ "chi-r-column lee en su línea 34 (complaint.closed)");
		assertThat(page("CHI-R-COLUMN", files, "es"))
			.contains("falta la columna 'closed_date' que el mapeo chi-r-column lee en "
					+ "su línea 34");
		assertThat(stored("CHI-R-COLUMN")).isZero();
	}

	@Test
	void aCodeTheMappingDoesNotNameIsRefusedWithItsFileAndLine() throws Exception {
		Map<String, byte[]> files = export();
		files.put("complaints-accused.csv.gz",
				gzip((HistoryImportV2IntegrationTests.ACCUSED + "900001.0,X,05A,C900001,1,ZZ,,,,\n")
					.getBytes(StandardCharsets.UTF_8)));

		assertThat(command("CHI-R-CODE", files))
			.contains("Nothing was imported: 1 code(s) are not in the mapping chi-r-code.properties; "
					+ "the first is finding 'ZZ' on 1 row(s), first at complaints-accused.csv.gz line 6");
		api("CHI-R-CODE", files, "en",
				"the first is finding 'ZZ' on 1 row(s), first at complaints-accused.csv.gz line 6");
		api("CHI-R-CODE", files, "es",
				"No se importó nada: 1 código(s) no están en el mapeo chi-r-code; el primero es finding 'ZZ' en "
						+ "1 fila(s), la primera en complaints-accused.csv.gz línea 6");
		assertThat(page("CHI-R-CODE", files, "en")).contains("the first is finding 'ZZ' on 1 row(s), first at "
				+ "complaints-accused.csv.gz line 6")
			.doesNotContain("allegations created");
		assertThat(stored("CHI-R-CODE")).isZero();
	}

	@Test
	void aFileInTheWrongEncodingIsRefusedAtItsLine() throws Exception {
		Map<String, byte[]> files = export();
		byte[] good = HistoryImportV2IntegrationTests.ACCUSED.getBytes(StandardCharsets.UTF_8);
		byte[] latin1 = "900001.0,ABUSO DE AUTORIDAD: DETENCI\u00d3N,03D,C900002,1,NS,,,,\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] accused = java.util.Arrays.copyOf(good, good.length + latin1.length);
		System.arraycopy(latin1, 0, accused, good.length, latin1.length);
		files.put("complaints-accused.csv.gz", gzip(accused));

		assertThat(command("CHI-R-LATIN1", files))
			.contains("Nothing was imported: complaints-accused.csv.gz line 6: bytes that are not "
					+ "UTF-8 text (0xD3");
		api("CHI-R-LATIN1", files, "en", "complaints-accused.csv.gz line 6: bytes that are not UTF-8 text (0xD3");
		api("CHI-R-LATIN1", files, "es",
				"No se importó nada: complaints-accused.csv.gz línea 6: bytes que no son texto UTF-8 (0xD3");
		assertThat(page("CHI-R-LATIN1", files, "es"))
			.contains("complaints-accused.csv.gz línea 6: bytes que no son texto UTF-8");
		assertThat(stored("CHI-R-LATIN1")).isZero();
	}

	@Test
	void anEmptyFileIsRefusedAtItsFirstLine() throws Exception {
		Map<String, byte[]> files = export();
		files.put("final-profiles.csv.gz", gzip(new byte[0]));

		assertThat(command("CHI-R-EMPTY", files))
			.contains("Nothing was imported: final-profiles.csv.gz is empty (line 1: no header line)");
		api("CHI-R-EMPTY", files, "en",
				"Nothing was imported: final-profiles.csv.gz is empty (line 1: no header line)");
		api("CHI-R-EMPTY", files, "es",
				"No se importó nada: final-profiles.csv.gz está vacío (línea 1: sin línea de encabezado)");
		assertThat(page("CHI-R-EMPTY", files, "en"))
			.contains("Nothing was imported: final-profiles.csv.gz is empty (line 1: no header line)");
		assertThat(stored("CHI-R-EMPTY")).isZero();
	}
}
