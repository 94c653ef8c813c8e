package org.leoprotocol.earlywarning.history;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.leoprotocol.earlywarning.Category;
import org.leoprotocol.earlywarning.Finding;
import org.leoprotocol.earlywarning.HistoryImportPagesIntegrationTests;
import org.leoprotocol.shared.web.RefusalWords;
import org.leoprotocol.shared.phrase.Sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryMappingTests {

	static HistoryMapping shipped(String name) throws IOException {
		try (Reader reader = new InputStreamReader(
				HistoryMappingTests.class.getResourceAsStream("/early-warning/mappings/" + name + ".properties"),
				StandardCharsets.UTF_8)) {
			return HistoryMapping.read(name, reader, "CITY");
		}
	}

	/** A problem as an English reader reads it, from the refusals bundle. */
	static String english(MappingProblem problem) {
		return RefusalWords.english(problem.said());
	}

	/** Every problem of a refused mapping in English. */
	static List<String> english(Throwable refused) {
		return ((InvalidMapping) refused).lines().stream().map(HistoryMappingTests::english).toList();
	}

	static List<CSVRecord> records(String csv) throws IOException {
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
			.setIgnoreHeaderCase(true).get()
			.parse(new StringReader(csv))) {
			return parser.getRecords();
		}
	}

	static final String CCRB_HEADER = "unique_mos_id,first_name,last_name,command_now,shield_no,complaint_id,month_received,"
			+ "year_received,month_closed,year_closed,rank_now,fado_type,allegation,board_disposition\n";

	@Test
	void readsACcrbRowAsTheFirstOfTheMonthWithTheOriginalCodesKept() throws IOException {
		var row = shipped("ccrb")
			.row(records(CCRB_HEADER + "10004,Jonathan,Ruiz,078 PCT,8409,42835,7,2019,5,2020,Police Officer,"
					+ "Abuse of Authority,Failure to provide RTKA card,Substantiated (Command Lvl Instructions)\n")
				.get(0));

		assertThat(row.agency()).isEqualTo("NYC-CCRB");
		assertThat(row.receivedOn()).isEqualTo(LocalDate.of(2019, 7, 1));
		assertThat(row.closedOn()).isEqualTo(LocalDate.of(2020, 5, 1));
		assertThat(row.finding()).isEqualTo(Finding.SUSTAINED);
		assertThat(row.findingCode()).isEqualTo("Substantiated (Command Lvl Instructions)");
		assertThat(row.category()).isEqualTo(Category.ABUSE_OF_AUTHORITY);
		assertThat(row.badgeNumber()).isEqualTo("8409");
	}

	@Test
	void translatesEachCcrbDispositionAndTreatsShieldZeroAsNone() throws IOException {
		HistoryMapping ccrb = shipped("ccrb");
		var row = ccrb
			.row(records(CCRB_HEADER + "1,A,B,C,0,9,1,2010,2,2011,Sergeant,Force,Physical force,Unsubstantiated\n")
				.get(0));

		assertThat(row.badgeNumber()).isNull();
		assertThat(row.finding()).isEqualTo(Finding.NOT_SUSTAINED);
		assertThat(ccrb.finding("Exonerated")).isEqualTo(Finding.EXONERATED);
		assertThat(ccrb.finding("Unable to Determine")).isEqualTo(Finding.NOT_SUSTAINED);
		assertThat(ccrb.finding("Substantiated (Charges)")).isEqualTo(Finding.SUSTAINED);
		assertThat(ccrb.finding(null)).isEqualTo(Finding.PENDING);
	}

	@Test
	void refusesAnUnknownFindingAndABadDateWithTheirValues() throws IOException {
		HistoryMapping ccrb = shipped("ccrb");

		assertThatThrownBy(() -> ccrb.finding("Truncated")).isInstanceOfSatisfying(HistoryRow.RowRefused.class,
				refused -> assertThat(refused.reason())
					.isEqualTo(Sentence.of("historyimport.row.finding", "Truncated", "ccrb")));
		assertThatThrownBy(
				() -> ccrb.row(records(CCRB_HEADER + "1,A,B,C,0,9,13,2010,,,Sergeant,Force,x,Exonerated\n").get(0)))
			.isInstanceOfSatisfying(HistoryRow.RowRefused.class,
					refused -> assertThat(refused.reason())
						.isEqualTo(Sentence.of("historyimport.row.date", "complaint.received", "13/2010")));
	}

	@Test
	void aRowWithAnEmptyRequiredCellIsRefusedWithTheFieldAndItsColumnInTheReadersLanguage() throws IOException {
		HistoryMapping ccrb = shipped("ccrb");

		assertThatThrownBy(
				() -> ccrb.row(records(CCRB_HEADER + "1,A,B,C,0,9,3,2010,,,Sergeant,,x,Exonerated\n").get(0)))
			.isInstanceOfSatisfying(HistoryRow.RowRefused.class, refused -> {
				assertThat(refused.reason())
					.isEqualTo(Sentence.of("historyimport.row.required", "allegation.category", "fado_type"));
				assertThat(ROWS.getMessage(refused.reason(), java.util.Locale.ENGLISH))
					.isEqualTo("allegation.category (column fado_type) is empty");
				assertThat(ROWS.getMessage(refused.reason(), java.util.Locale.forLanguageTag("es")))
					.isEqualTo("allegation.category (columna fado_type) está vacío");
			});
	}

	@Test
	void aCellLongerThanACellMayBeRefusesItsRowNamingTheLimit() throws IOException {
		HistoryMapping ccrb = shipped("ccrb");
		String novel = "x".repeat(501);

		assertThatThrownBy(() -> ccrb.row(
				records(CCRB_HEADER + "1,A,B,C,0,9,3,2010,,,Sergeant,Force," + novel + ",Exonerated\n").get(0)))
			.isInstanceOfSatisfying(HistoryRow.RowRefused.class, refused -> assertThat(refused.reason())
				.isEqualTo(Sentence.of("historyimport.row.long", "allegation.description", "500")));
	}

	/** The sentences of the history import, as the application says them. */
	static final org.springframework.context.support.ResourceBundleMessageSource ROWS = rows();

	private static org.springframework.context.support.ResourceBundleMessageSource rows() {
		var rows = new org.springframework.context.support.ResourceBundleMessageSource();
		rows.setBasenames("i18n/historyimport");
		rows.setDefaultEncoding("UTF-8");
		rows.setAlwaysUseMessageFormat(true);
		rows.setFallbackToSystemLocale(false);
		return rows;
	}

	@Test
	void anUnknownCategoryIsOtherWithItsCodeKept() throws IOException {
		var row = shipped("ccrb")
			.row(records(CCRB_HEADER + "1,A,B,C,7,9,1,2010,,,Sergeant,Untruthful Statement,x,\n").get(0));

		assertThat(row.category()).isEqualTo(Category.OTHER);
		assertThat(row.categoryCode()).isEqualTo("Untruthful Statement");
		assertThat(row.finding()).isEqualTo(Finding.PENDING);
	}

	@Test
	void namesTheColumnsAFileLacks() throws IOException {
		assertThat(shipped("ccrb").missingColumns(List.of("unique_mos_id", "complaint_id")).stream()
			.map(HistoryMappingTests::english))
			.contains(
					"line 28: allegation.finding names the column 'board_disposition', which the CSV header lacks (it has unique_mos_id, complaint_id)")
			.anyMatch(problem -> problem.contains("'fado_type'"));
		assertThat(shipped("ccrb").missingColumns(List.of(CCRB_HEADER.strip().split(",")))).isEmpty();
	}

	@Test
	void aHireDateColumnPlacesImportedOfficersInTheirBandOfService() throws IOException {
		HistoryMapping mapping = HistoryMapping.read("hired",
				new StringReader(HistoryImportPagesIntegrationTests.MAPPING.formatted("HIRED")
						+ "officer.hire_date=hired\n"),
				"CITY");

		var row = mapping.row(records("""
				emp_no,surname,rank,case,opened,closed,type,outcome,hired
				E1,Smith,Officer,IA-1,2024-01-05,2024-03-01,Use of Force,Not Sustained,2011-06-01
				""").get(0));

		assertThat(row.hireDate()).isEqualTo(java.time.LocalDate.of(2011, 6, 1));
		assertThat(mapping
			.missingColumns(List.of("emp_no", "surname", "rank", "case", "opened", "closed", "type", "outcome")))
			.extracting(MappingProblem::line).containsExactly(16);
	}

	@Test
	void theLeoMappingSpeaksForThisInstallationsAgency() throws IOException {
		HistoryMapping leo = shipped("leo");

		assertThat(leo.agency()).isEqualTo("CITY");
		assertThat(leo.linksRosterByBadge()).isTrue();
	}

	@Test
	void aMappingMustNameTheEssentials() {
		assertThatThrownBy(() -> HistoryMapping.read("mine", new StringReader("agency=X\nofficer.id=id\n"), "CITY"))
			.satisfies(refused -> assertThat(english(refused)).containsExactly("The mapping lacks complaint.id",
					"The mapping lacks allegation.category", "The mapping lacks allegation.finding",
					"The mapping names no received date: set complaint.received, or "
							+ "complaint.received.month and complaint.received.year"))
			.satisfies(refused -> assertThat(RefusalWords.english(((InvalidMapping) refused).sentence()))
				.isEqualTo("The mapping mine cannot be used: 4 problems, each listed"));
		assertThatThrownBy(() -> HistoryMapping.read("mine", new StringReader("""
				agency=X
				officer.id=a
				complaint.id=b
				complaint.received=c
				allegation.category=d
				allegation.finding=e
				finding.GUILTY=yes
				"""), "CITY")).satisfies(refused -> assertThat(english(refused)).singleElement().asString()
			.startsWith("line 7: 'GUILTY' is not a Leo finding; use one of SUSTAINED"));
	}

	@Test
	void everyProblemOfAMappingFileIsReportedAtItsLine() {
		assertThatThrownBy(() -> HistoryMapping.read("mine", new StringReader("""
				# an agency's export
				agency=X
				officer.id=a
				offcer.rank=r
				complaint.id=b
				complaint.received=c
				allegation.category=d
				allegation.finding=e
				roster.link=name
				category.ASSAULT=Assault
				just some words
				officer.id=again
				finding.SUSTAINED=Sustained|\
				  Founded
				"""), "CITY"))
			.isInstanceOfSatisfying(InvalidMapping.class, invalid -> assertThat(english(invalid))
				.containsExactly("line 4: 'offcer.rank' is not a mapping key; the keys are " + String.join(", ",
						MappingLines.FIELDS.stream().sorted().toList())
						+ ", <column key>.pattern, <column key>.default, "
						+ "file.<ROLE>.match|columns|encoding, finding.<FINDING> and category.<CATEGORY>",
						"line 9: roster.link must be none or badge, not 'name'",
						"line 10: 'ASSAULT' is not a Leo category; use one of FORCE, ABUSE_OF_AUTHORITY, DISCOURTESY, "
								+ "OFFENSIVE_LANGUAGE, NEGLECT_OF_DUTY, OTHER",
						"line 11: 'just some words' is not a key=value line",
						"line 12: officer.id is given again (first on line 3); keep one"));
	}

	@Test
	void identicalRowsOfOneComplaintGetDistinctIdsThatAReImportFindsAgain() throws IOException {
		var row = shipped("ccrb").row(records(CCRB_HEADER + "1,A,B,C,7,9,1,2010,,,Sergeant,Force,x,\n").get(0));

		assertThat(row.allegationId(1)).isNotEqualTo(row.allegationId(2)).isEqualTo(row.allegationId(1));
	}
}
