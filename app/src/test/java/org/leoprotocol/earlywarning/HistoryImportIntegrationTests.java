package org.leoprotocol.earlywarning;

import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.earlywarning.cli.BacktestCommand;
import org.leoprotocol.earlywarning.cli.HistoryImportCommand;
import org.leoprotocol.earlywarning.history.HistoryMapping;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@LeoIntegrationTest
class HistoryImportIntegrationTests {

	/** The full ProPublica release, beside the clone as in CI; see SOURCE.md there. */
	static final Path CCRB_FILE = Path.of("../../shared/data/ccrb-propublica/allegations_202007271729.csv");

	@Autowired
	HistoryImport historyImport;
	@Autowired
	HistoryImportCommand importCommand;
	@Autowired
	MessageSource messages;
	@Autowired
	BacktestCommand backtestCommand;
	@Autowired
	JdbcClient jdbc;

	static Reader excerpt() {
		return new InputStreamReader(
				HistoryImportIntegrationTests.class.getResourceAsStream("/early-warning/ccrb-excerpt.csv"),
				StandardCharsets.UTF_8);
	}

	@Test
	void importsTheCcrbExcerptOnceAndAgainChangesNothing() throws Exception {
		List<Sentence> progress = new ArrayList<>();
		HistoryImportReport first = historyImport.importCsv("ccrb", excerpt(), progress::add);
		HistoryImportReport second = historyImport.importCsv("ccrb", excerpt(), line -> {
		});

		assertThat(first.created() + first.unchanged()).isEqualTo(150);
		assertThat(first.rejected()).isZero();
		assertThat(messages.getMessage(second.summary(), Locale.ENGLISH))
			.isEqualTo("0 allegations created, 0 changed, 150 unchanged, 0 rows rejected");
		assertThat(progress).contains(Sentence.of("historyimport.progress.rows", "150"));
		assertThat(messages.getMessage(progress.get(progress.size() - 1), Locale.forLanguageTag("es")))
			.startsWith("Indicadores recalculados; ");
		assertThat(jdbc
			.sql("select count(*) from ew_officer where agency_code = 'NYC-CCRB' and roster_officer_id is not null")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void anImportLeavesThePlannerStatisticsOfTheHistoryFresh() throws Exception {
		java.time.OffsetDateTime before = jdbc.sql("select now()").query(java.time.OffsetDateTime.class).single();

		historyImport.importCsv("ccrb", excerpt(), line -> {
		});

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
			jdbc.sql("select pg_stat_clear_snapshot()").query((rs, n) -> 1).list();
			assertThat(jdbc.sql("select pg_stat_get_last_analyze_time('ew_allegation'::regclass)")
				.query(java.time.OffsetDateTime.class).optional())
				.hasValueSatisfying(last -> assertThat(last).isAfter(before));
		});
	}

	@Test
	void reportsBadRowsByLineAndKeepsTheGoodOnesAroundThem() {
		String csv = """
				unique_mos_id,first_name,last_name,command_now,shield_no,complaint_id,month_received,year_received,month_closed,year_closed,rank_now,fado_type,allegation,board_disposition
				900001,Ann,Able,001 PCT,11,800001,3,2015,9,2015,Police Officer,Force,Physical force,Unsubstantiated
				900001,Ann,Able,001 PCT,11,800002,13,2015,9,2015,Police Officer,Force,Physical force,Unsubstantiated
				900001,Ann,Able,001 PCT,11,800003,4,2015,9,2015,Police Officer,Force,Physical force,Truncated
				,Ann,Able,001 PCT,11,800004,4,2015,9,2015,Police Officer,Force,Physical force,Exonerated
				900002,Bo,Baker,001 PCT,0,800004,4,2015,,,Sergeant,Discourtesy,Word,
				""";

		HistoryImportReport report = historyImport.importCsv(mapping(), new StringReader(csv), line -> {
		});

		assertThat(report.created()).isEqualTo(2);
		assertThat(report.problems()).extracting(HistoryImportReport.Problem::row).containsExactly(3L, 4L, 5L);
		assertThat(report.problems()).extracting(HistoryImportReport.Problem::message).containsExactly(
				Sentence.of("historyimport.row.date", "complaint.received", "13/2015"),
				Sentence.of("historyimport.row.finding", "Truncated", "ccrb"),
				Sentence.of("historyimport.row.required", "officer.id", "unique_mos_id"));
		assertThat(messages.getMessage(report.problems().get(1).message(), Locale.ENGLISH))
			.isEqualTo("finding 'Truncated' is not in the mapping ccrb; add it to one of the finding.* lines");
		assertThat(messages.getMessage(report.problems().get(2).message(), Locale.forLanguageTag("es")))
			.isEqualTo("officer.id (columna unique_mos_id) está vacío");
	}

	@Test
	void aFileWithoutTheMappedColumnsIsRejectedAsAWhole() {
		HistoryImportReport report = historyImport.importCsv(mapping(), new StringReader("a,b\n1,2\n"), line -> {
		});

		assertThat(report.fileProblem())
			.contains("the CSV file lacks the column 'board_disposition' that the mapping ccrb reads at its line 28 "
					+ "(allegation.finding)");
		assertThat(historyImport.refusal(report, Locale.forLanguageTag("es")))
			.contains(
					"No se importó nada: en el archivo CSV falta la columna 'board_disposition' que el mapeo ccrb lee "
							+ "en su línea 28 (allegation.finding)")
			.doesNotContain("the CSV file");
	}

	@Test
	void theCommandImportsTheFullCcrbFileAndBacktestsOnIt() throws Exception {
		Assumptions.assumeTrue(Files.isReadable(CCRB_FILE),
				"Skipped: the CCRB file is not at " + CCRB_FILE.toAbsolutePath()
						+ " (CI keeps /work/shared beside the clone)");
		StringWriter console = new StringWriter();

		int exit = importCommand.run(List.of("--mapping", "ccrb", CCRB_FILE.toString()),
				new PrintWriter(console, true));
		int backtest = backtestCommand.run(
				List.of("--as-of", "2017-01-01", "--horizon", "1y", "--budget", "5%", "--agency", "NYC-CCRB"),
				new PrintWriter(console, true));

		assertThat(exit).isZero();
		assertThat(backtest).isZero();
		assertThat(console.toString()).contains("33358 rows read").contains("0 rows rejected")
			.contains("threshold  officers with at least 2 complaints in the 12 months before the date")
			.contains("As of 2017-01-01: cohort ").containsPattern("\\n  rule +5% +\\d+");
	}

	@Test
	void theCommandExplainsItsArguments() {
		StringWriter console = new StringWriter();

		assertThat(
				importCommand.run(List.of("--mapping", "nowhere.properties", "x.csv"), new PrintWriter(console, true)))
			.isEqualTo(2);
		assertThat(console.toString())
			.contains("No mapping named nowhere.properties (built in: [ccrb, leo, ccrb-propublica, cpdp-chicago])");
	}

	@Test
	void theCommandNamesABrokenMappingsProblemsInEnglish(@org.junit.jupiter.api.io.TempDir Path directory)
			throws java.io.IOException {
		Path broken = directory.resolve("broken.properties");
		java.nio.file.Files.writeString(broken, "agency=X\nofficer.id=a\nofficer.rnak=r\n");
		StringWriter console = new StringWriter();

		assertThat(importCommand.run(List.of("--mapping", broken.toString(), "x.csv"), new PrintWriter(console, true)))
			.isEqualTo(2);
		assertThat(console.toString()).contains("The mapping broken.properties cannot be used: 5 problems, each listed")
			.contains("  line 3: 'officer.rnak' is not a mapping key")
			.contains("  The mapping lacks complaint.id");
	}

	private HistoryMapping mapping() {
		try {
			return historyImport.mapping("ccrb");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
