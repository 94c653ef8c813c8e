package org.leoprotocol.earlywarning;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.earlywarning.backtest.Bootstrap;
import org.leoprotocol.earlywarning.backtest.EvaluationLine;
import org.leoprotocol.earlywarning.cli.BacktestCommand;
import org.leoprotocol.earlywarning.cli.RankCommand;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small agency whose answer is known, backtested as of 2018-01-01 with a one-year horizon: nine officers serve on the
 * date (five without any complaint, one known only from a later first complaint because the agency gave no appointment
 * date); three turn out positive, two of them first-timers; one officer appointed after the date and one separated
 * before it are not in the cohort.
 */
@LeoIntegrationTest
class BacktestIntegrationTests {

	static final LocalDate AS_OF = LocalDate.of(2018, 1, 1);

	@Autowired
	JdbcClient jdbc;
	@Autowired
	Backtest backtest;
	@Autowired
	RankCommand rankCommand;
	@Autowired
	BacktestCommand backtestCommand;

	final String agency = "BT-" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void theAgency() {
		officer("A", "2010-01-01", null, complaint("2017-03-01", "NOT_SUSTAINED"),
				complaint("2017-09-01", "EXONERATED"),
				complaint("2018-04-01", "SUSTAINED"));
		officer("B", "2010-01-01", null, complaint("2017-05-01", "UNFOUNDED"));
		officer("C", "2015-01-01", null, complaint("2018-03-01", "SUSTAINED"));
		for (String quiet : List.of("D", "E", "F", "G", "H")) {
			officer(quiet, "2012-01-01", null);
		}
		officer("I", "2018-03-01", null, complaint("2018-06-01", "SUSTAINED"));
		officer("J", "2005-01-01", "2016-06-01", complaint("2015-02-01", "NOT_SUSTAINED"));
		officer("K", null, null, complaint("2018-05-01", "SUSTAINED"));
	}

	@Test
	void theCohortIsTheWorkforceAndThePositivesIncludeFirstTimers() {
		Backtest.Report report = backtest.run(agency, List.of(AS_OF), Period.ofYears(1), List.of(0.10, 0.50),
				Bootstrap.STANDARD);

		Backtest.Year year = report.years().get(0);
		assertThat(year.cohort()).isEqualTo(9);
		assertThat(year.withoutAppointmentDate()).isEqualTo(1);
		assertThat(year.positives()).isEqualTo(3);
		assertThat(year.firstTimers()).isEqualTo(2);
		assertThat(year.positivesOutsideCohort()).isEqualTo(1);
		EvaluationLine countAtTen = year.lines().stream()
			.filter(line -> line.method().equals("count-2y") && line.budget() == 0.10)
			.findFirst().orElseThrow();
		assertThat(countAtTen.flagged()).isEqualTo(1);
		assertThat(countAtTen.truePositives()).isEqualTo(1);
		assertThat(countAtTen.recall()).isEqualTo(1.0 / 3);
		assertThat(countAtTen.precision()).isEqualTo(1.0);
		assertThat(year.lines()).extracting(EvaluationLine::method).containsSubsequence("rule", "count-2y",
				"threshold");
	}

	@Test
	void theCommandStatesItsDefinitionsAndRefusesBadArguments() {
		StringWriter text = new StringWriter();
		int code = backtestCommand.run(List.of("--years", "2018", "--agency", agency, "--budgets", "10,50"),
				new PrintWriter(text, true));

		assertThat(code).isZero();
		assertThat(text.toString()).contains("cohort   the agency's workforce on the as-of date", "first-time officers",
				"95 % percentile bootstrap over officers, 1,000 resamples", "As of 2018-01-01: cohort 9 officers");
		StringWriter refused = new StringWriter();
		assertThat(
				backtestCommand.run(List.of("--years", "2018", "--agency", "NOWHERE"), new PrintWriter(refused, true)))
			.isEqualTo(2);
		assertThat(refused.toString()).startsWith("--agency 'NOWHERE' is not among the imported agencies");
	}

	@Test
	void rankWritesTheWholeWorkforceRankedWithReasons(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("ranking.csv");
		StringWriter text = new StringWriter();

		int code = rankCommand.run(List.of("--as-of", "2018-01-01", "--out", file.toString(), "--agency", agency),
				new PrintWriter(text, true));

		assertThat(code).as(text.toString()).isZero();
		List<String> lines = Files.readAllLines(file);
		assertThat(lines.get(0)).isEqualTo("officer_external_id,score,rank,complaints_2y,top_reasons");
		assertThat(lines).as("K is known only from a complaint after the date").hasSize(1 + 8);
		assertThat(lines.get(1)).startsWith("A,2.0,1,2,2 complaints received in the last 12 months");
		assertThat(lines.get(2)).startsWith("B,1.0,2,1,");
		assertThat(lines.subList(3, 9)).extracting(line -> line.split(",", -1)[0]).containsExactly("C", "D", "E", "F",
				"G",
				"H");
	}

	@Test
	void rankRefusesBadArgumentsInWords(@TempDir Path folder) {
		StringWriter text = new StringWriter();
		assertThat(rankCommand.run(List.of("--as-of", "2018-13-01", "--out", folder.resolve("x.csv").toString()),
				new PrintWriter(text, true)))
			.isEqualTo(2);
		assertThat(text.toString()).startsWith("--as-of '2018-13-01' is not a date like 2019-01-01");
		text = new StringWriter();
		assertThat(rankCommand.run(List.of("--as-of", "2018-01-01"), new PrintWriter(text, true))).isEqualTo(2);
		assertThat(text.toString()).startsWith("--out is required");
		text = new StringWriter();
		assertThat(rankCommand.run(
				List.of("--as-of", "2018-01-01", "--out", folder.resolve("no/such/x.csv").toString(), "--agency",
						agency),
				new PrintWriter(text, true)))
			.isEqualTo(2);
		assertThat(text.toString()).contains("does not exist");
	}

	private record Complaint(LocalDate received, String finding) {
	}

	private static Complaint complaint(String received, String finding) {
		return new Complaint(LocalDate.parse(received), finding);
	}

	private void officer(String externalId, String hired, String separated, Complaint... complaints) {
		UUID officer = UUID.randomUUID();
		LocalDate first = complaints.length == 0 ? null : complaints[0].received();
		jdbc.sql(
				"""
						insert into ew_officer (id, agency_code, external_id, badge_number, rank, hire_date, separated_on, first_complaint_on)
						values (:id, :agency, :external, :external, 'Police Officer', :hired, :separated, :first)
						""")
			.param("id", officer).param("agency", agency).param("external", externalId)
			.param("hired", hired == null ? null : LocalDate.parse(hired))
			.param("separated", separated == null ? null : LocalDate.parse(separated))
			.param("first", first).update();
		for (Complaint complaint : complaints) {
			UUID id = UUID.randomUUID();
			jdbc.sql(
					"insert into ew_complaint (id, agency_code, external_id, received_on, closed_on) values (:id, :agency, :external, :received, :closed)")
				.param("id", id).param("agency", agency).param("external", id.toString())
				.param("received", complaint.received())
				.param("closed", complaint.received().plusDays(30)).update();
			jdbc.sql(
					"""
							insert into ew_allegation (id, complaint_id, officer_id, category, category_code, finding, finding_code)
							values (:id, :complaint, :officer, 'FORCE', 'F', :finding, :finding)
							""")
				.param("id", UUID.randomUUID()).param("complaint", id).param("officer", officer)
				.param("finding", complaint.finding()).update();
		}
	}
}
