package org.leoprotocol.earlywarning;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.earlywarning.cli.HistoryImportCommand;
import org.leoprotocol.earlywarning.history.ExportFile;
import org.leoprotocol.earlywarning.history.HistoryMapping;
import org.leoprotocol.earlywarning.history.HistoryMappingV2Tests;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chicago-shaped exports (three gzip files joined by keys) written here, small, and the bad inputs an import must
 * refuse whole.
 */
@LeoIntegrationTest
class HistoryImportV2IntegrationTests {

	@Autowired
	HistoryImport historyImport;
	@Autowired
	HistoryImportCommand importCommand;
	@Autowired
	JdbcClient jdbc;
	@TempDir
	Path directory;

	static final String ACCUSED = HistoryMappingV2Tests.ACCUSED
			+ "900001.0,EXCESSIVE FORCE:  ARRESTEE - DURING ARREST,05A,C900001,1,SU,REPRIMAND,,,1.0\n"
			+ "900001.0,ILLEGAL ARREST,03D,C900002,1,NS,NO ACTION TAKEN,,,1.0\n"
			+ "900002.0,,,C900002,1,,,,,2.0\n"
			+ "900003.0,ILLEGAL ARREST,03D,C900001,1,NS,NO ACTION TAKEN,,,3.0\n";
	static final String COMPLAINTS = HistoryMappingV2Tests.COMPLAINTS
			+ "C900001,1,2014-01-02,2014-01-03,2015-02-01,,,,,,\n"
			+ "C900002,1,2015-05-01,2015-05-02,,,,,,,\n";
	static final String PROFILES = HistoryMappingV2Tests.PROFILES
			+ "900001,ANN,ABLE,,,,1970.0,BLACK,FEMALE,1995-06-03,,1.0,4411.0,44.0,POLICE OFFICER,,,1,,1.0\n"
			+ "900002,BO,BAKER,,,,1975.0,WHITE,MALE,2001-01-15,2017-09-30,0.0,,7.0,SERGEANT OF POLICE,,,1,,2.0\n"
			+ "900004,CY,COLE,,,,1980.0,HISPANIC,MALE,2010-03-01,,1.0,,8.0,POLICE OFFICER,,,1,,4.0\n";

	Path gzip(String name, String text) throws IOException {
		return gzip(name, text.getBytes(StandardCharsets.UTF_8));
	}

	Path gzip(String name, byte[] bytes) throws IOException {
		Path file = directory.resolve(name);
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write(bytes);
		}
		return file;
	}

	HistoryMapping chicago(String agency, String extra) throws IOException {
		try (var shipped = getClass().getResourceAsStream("/early-warning/mappings/cpdp-chicago.properties")) {
			String text = new String(shipped.readAllBytes(), StandardCharsets.UTF_8).replace("agency=CHICAGO-PD",
					"agency=" + agency) + extra;
			return HistoryMapping.read("chicago-test", new java.io.StringReader(text), "CITY");
		}
	}

	HistoryImportReport importFiles(HistoryMapping mapping, Path... files) {
		return historyImport.importExport(mapping, List.of(files).stream().map(ExportFile::of).toList(), line -> {
		}, problem -> {
		});
	}

	long stored(String table, String agency) {
		String sql = table.equals("ew_allegation")
				? "select count(*) from ew_allegation a join ew_officer o on o.id = a.officer_id where o.agency_code = :agency"
				: "select count(*) from " + table + " where agency_code = :agency";
		return jdbc.sql(sql).param("agency", agency).query(Long.class).single();
	}

	@Test
	void threeGzipFilesInAnyOrderAreJoinedAndAnAccusedOfficerMissingFromTheRosterIsNamed() throws IOException {
		Path profiles = gzip("final-profiles.csv.gz", PROFILES);
		Path accused = gzip("complaints-accused.csv.gz", ACCUSED);
		Path complaints = gzip("complaints-complaints.csv.gz", COMPLAINTS);

		HistoryImportReport report = importFiles(chicago("CHI-JOIN", ""), profiles, accused, complaints);

		assertThat(report.fileProblem()).isNull();
		assertThat(report.created()).isEqualTo(3);
		assertThat(report.officers()).isEqualTo(3);
		assertThat(report.complaints()).isEqualTo(2);
		assertThat(report.problems())
			.extracting(HistoryImportReport.Problem::row, HistoryImportReport.Problem::file,
					HistoryImportReport.Problem::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "complaints-accused.csv.gz",
					Sentence.of("historyimport.row.officer", "900003", "final-profiles.csv.gz")));
		assertThat(report.warnings()).singleElement().asString()
			.startsWith("1 of 2 complaints in complaints-complaints.csv.gz have no closing date");
		assertThat(stored("ew_officer", "CHI-JOIN")).isEqualTo(3);
		assertThat(jdbc
			.sql("select separated_on || ' ' || race || ' ' || gender from ew_officer where agency_code = 'CHI-JOIN' "
					+ "and external_id = '900002'")
			.query(String.class).single()).isEqualTo("2017-09-30 WHITE MALE");
		assertThat(jdbc
			.sql("select string_agg(a.finding || '/' || a.category, ',' order by a.finding) from ew_allegation a "
					+ "join ew_officer o on o.id = a.officer_id where o.agency_code = 'CHI-JOIN'")
			.query(String.class).single())
			.isEqualTo("NOT_SUSTAINED/ABUSE_OF_AUTHORITY,PENDING/OTHER,SUSTAINED/FORCE");
		assertThat(importFiles(chicago("CHI-JOIN", ""), profiles, accused, complaints).unchanged()).isEqualTo(3);
		HistoryImportReport closed = importFiles(chicago("CHI-JOIN", ""), profiles, complaints,
				gzip("complaints-accused.csv.gz", ACCUSED.replace("03D,C900002,1,NS", "03D,C900002,1,SU")));
		assertThat(List.of(closed.created(), closed.changed(), closed.unchanged())).containsExactly(0L, 1L, 2L);
	}

	@Test
	void anUnmappedCodeRefusesTheWholeImportWithItsCountUnlessTheMappingSaysOther() throws IOException {
		Path profiles = gzip("final-profiles.csv.gz", PROFILES);
		Path complaints = gzip("complaints-complaints.csv.gz", COMPLAINTS);
		Path accused = gzip("complaints-accused.csv.gz",
				ACCUSED + "900001.0,X,05A,C900001,1,ZZ,,,,\n900002.0,X,05A,C900002,1,ZZ,,,,\n");

		HistoryImportReport refused = importFiles(chicago("CHI-CODES", ""), accused, complaints, profiles);
		HistoryImportReport other = importFiles(otherMapping(), accused, complaints, profiles);

		assertThat(refused.fileProblem())
			.startsWith("Nothing was imported: 1 code(s) are not in the mapping chicago-test; "
					+ "the first is finding 'ZZ' on 2 row(s), first at complaints-accused.csv.gz line 6");
		assertThat(refused.created()).isZero();
		assertThat(stored("ew_officer", "CHI-CODES") + stored("ew_complaint", "CHI-CODES")).isZero();
		assertThat(other.fileProblem()).isNull();
		assertThat(other.created()).isEqualTo(5);
		assertThat(other.unmapped()).extracting(HistoryImportReport.UnmappedCode::words)
			.containsExactly("finding 'ZZ': 2 row(s), first complaints-accused.csv.gz line 6");
	}

	private HistoryMapping otherMapping() throws IOException {
		try (var shipped = getClass().getResourceAsStream("/early-warning/mappings/cpdp-chicago.properties")) {
			String text = new String(shipped.readAllBytes(), StandardCharsets.UTF_8)
				.replace("agency=CHICAGO-PD", "agency=CHI-OTHER")
				.replace("codes.unmapped=refuse", "codes.unmapped=other");
			return HistoryMapping.read("chicago-other", new java.io.StringReader(text), "CITY");
		}
	}

	@Test
	void latin1BytesInTheLastFileLeaveNothingOfTheFirstTwoStored() throws IOException {
		byte[] good = ACCUSED.getBytes(StandardCharsets.UTF_8);
		byte[] bad = "900001.0,ABUSO DE AUTORIDAD: DETENCI\u00d3N,03D,C900002,1,NS,,,,\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] accused = java.util.Arrays.copyOf(good, good.length + bad.length);
		System.arraycopy(bad, 0, accused, good.length, bad.length);

		HistoryImportReport report = importFiles(chicago("CHI-LATIN1", ""), gzip("complaints-accused.csv.gz", accused),
				gzip("complaints-complaints.csv.gz", COMPLAINTS), gzip("final-profiles.csv.gz", PROFILES));

		assertThat(report.fileProblem())
			.startsWith("Nothing was imported: complaints-accused.csv.gz line 6: bytes that are not UTF-8 text (0xD3");
		assertThat(stored("ew_officer", "CHI-LATIN1") + stored("ew_complaint", "CHI-LATIN1")).isZero();
	}

	@Test
	void aMissingColumnOrAnEmptyFileIsRefusedNamingTheFileBeforeAnythingIsStored() throws IOException {
		Path profiles = gzip("final-profiles.csv.gz", PROFILES);
		Path accused = gzip("complaints-accused.csv.gz", ACCUSED);

		HistoryImportReport missing = importFiles(chicago("CHI-MISSING", ""), accused,
				gzip("complaints-complaints.csv.gz", COMPLAINTS.replace("closed_date", "date_closed")), profiles);
		HistoryImportReport empty = importFiles(chicago("CHI-EMPTY", ""), accused,
				gzip("complaints-complaints.csv.gz", ""), profiles);
		HistoryImportReport headerOnly = importFiles(chicago("CHI-EMPTY", ""), accused,
				gzip("complaints-complaints.csv.gz", HistoryMappingV2Tests.COMPLAINTS), profiles);

		assertThat(missing.fileProblem())
			.startsWith("Nothing was imported: complaints-complaints.csv.gz lacks the column 'closed_date' "
					+ "that the mapping chicago-test reads at its line 34 (complaint.closed)");
		assertThat(empty.fileProblem())
			.isEqualTo("Nothing was imported: complaints-complaints.csv.gz is empty (line 1: no header line)");
		assertThat(headerOnly.fileProblem())
			.isEqualTo("Nothing was imported: complaints-complaints.csv.gz has no rows to import (it ends "
					+ "at line 1)");
		assertThat(stored("ew_officer", "CHI-MISSING") + stored("ew_officer", "CHI-EMPTY")).isZero();
	}

	@Test
	void theCommandTakesTheExportsFilesAndPrintsWarningsAndTime() throws IOException {
		Path mapping = directory.resolve("chicago-cli.properties");
		try (var shipped = getClass().getResourceAsStream("/early-warning/mappings/cpdp-chicago.properties")) {
			Files.writeString(mapping, new String(shipped.readAllBytes(), StandardCharsets.UTF_8)
				.replace("agency=CHICAGO-PD", "agency=CHI-CLI"));
		}
		StringWriter console = new StringWriter();

		int exit = importCommand.run(
				List.of("--mapping", mapping.toString(), gzip("complaints-accused.csv.gz", ACCUSED).toString(),
						gzip("complaints-complaints.csv.gz", COMPLAINTS).toString(),
						gzip("final-profiles.csv.gz", PROFILES).toString()),
				new PrintWriter(console, true));

		assertThat(exit).isEqualTo(1);
		assertThat(console.toString())
			.contains("3 allegations created, 0 changed, 0 unchanged, 1 rows rejected; 3 officers and 2 complaints")
			.contains("row 5: complaints-accused.csv.gz: officer 900003 is not in final-profiles.csv.gz")
			.contains("WARNING: 1 of 2 complaints in complaints-complaints.csv.gz have no closing date")
			.contains("Took ");
		assertThat(stored("ew_allegation", "CHI-CLI")).isEqualTo(3);
		StringWriter usage = new StringWriter();
		assertThat(importCommand.run(List.of("--mapping", "cpdp-chicago", "one.csv.gz"), new PrintWriter(usage, true)))
			.isEqualTo(2);
	}
}
