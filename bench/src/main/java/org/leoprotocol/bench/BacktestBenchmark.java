package org.leoprotocol.bench;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.leoprotocol.earlywarning.Backtest;
import org.leoprotocol.earlywarning.EarlyWarning;
import org.leoprotocol.earlywarning.backtest.Bootstrap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The honest backtest and the whole-workforce ranking on a Chicago-sized agency generated from one seed: {@code
 * OFFICERS} officers appointed between 1985 and 2018 (one in ten separated between 2012 and 2020) and {@code
 * ALLEGATIONS} allegations received 2010–2019, written with {@code COPY} into a whole running Leo. It measures, each
 * beside the plain alternative in the same run: Leo's ranking of the workforce on 2019-01-01 (rule score, reasons,
 * tie-breaking) against one SQL statement that ranks by distinct complaints in two years; and the four-year backtest
 * (2016–2019, every method, budgets 1, 2, 5, 10 %, 1,000 bootstrap resamples) against a plain count backtest (that
 * statement, the sustained outcome and recall at 5 % per year, no bootstrap). Heap is the peak of the heap pools from
 * the end of the generation on (the generator's own buffers are not Leo's).
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -Xmx512m -cp bench/target/benchmarks.jar org.leoprotocol.bench.BacktestBenchmark 35000 250000 20261206
 * </pre>
 */
public final class BacktestBenchmark {

	private static final String AGENCY = "BENCH-PD";
	private static final String[] FINDINGS = { "NOT_SUSTAINED", "NOT_SUSTAINED", "NOT_SUSTAINED", "UNFOUNDED",
			"UNFOUNDED",
			"EXONERATED", "EXONERATED", "SUSTAINED", "CLOSED_NO_FINDING", "CLOSED_NO_FINDING" };
	private static final String[] CATEGORIES = { "FORCE", "ABUSE_OF_AUTHORITY", "DISCOURTESY", "NEGLECT_OF_DUTY",
			"OTHER" };
	private static final String[] RANKS = { "Police Officer", "Police Officer", "Police Officer", "Police Officer",
			"Sergeant",
			"Detective", "Lieutenant" };
	private static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);
	private static final int DAYS = 3652;
	private static final String PLAIN_COUNT = """
			select a.officer_id, count(distinct a.complaint_id) as n from ew_allegation a join ew_complaint c on c.id = a.complaint_id
			where c.agency_code = :agency and c.received_on < :d and c.received_on >= (:d - interval '2 years')::date
			group by a.officer_id order by n desc, a.officer_id
			""";

	private BacktestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int officers = args.length > 0 ? Integer.parseInt(args[0]) : 35_000;
		int allegations = args.length > 1 ? Integer.parseInt(args[1]) : 250_000;
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261206L;
		try (RunningLeo leo = RunningLeo.start()) {
			long started = System.nanoTime();
			generate(leo.bean(DataSource.class), officers, allegations, seed);
			System.out.printf("generated and copied %,d officers and %,d allegations: %s%n", officers, allegations,
					seconds(started));
			System.gc();
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			measure(leo.bean(EarlyWarning.class), leo.bean(Backtest.class), leo.bean(JdbcClient.class));
		}
		System.out.println(PeakHeap.line());
	}

	private static void measure(EarlyWarning earlyWarning, Backtest backtest, JdbcClient jdbc) {
		LocalDate asOf = LocalDate.of(2019, 1, 1);
		double leoRanking = Double.MAX_VALUE;
		double plainRanking = Double.MAX_VALUE;
		for (int run = 1; run <= 3; run++) {
			long started = System.nanoTime();
			int ranked = earlyWarning.ranking(AGENCY, asOf).size();
			double leo = (System.nanoTime() - started) / 1e9;
			started = System.nanoTime();
			int counted = jdbc.sql(PLAIN_COUNT).param("agency", AGENCY).param("d", asOf)
				.query((rs, n) -> rs.getObject(1)).list().size();
			double plain = (System.nanoTime() - started) / 1e9;
			System.out.printf(
					"ranking %d: Leo %.2f s (%,d officers of the workforce), plain count SQL %.2f s (%,d officers with a complaint)%n",
					run, leo, ranked, plain, counted);
			leoRanking = Math.min(leoRanking, leo);
			plainRanking = Math.min(plainRanking, plain);
		}
		System.out.printf("ranking, best of 3: Leo %.2f s (target <= 1 s), plain count %.2f s, ratio %.1fx%n",
				leoRanking, plainRanking,
				leoRanking / plainRanking);
		List<LocalDate> years = List.of(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1),
				asOf);
		long started = System.nanoTime();
		Backtest.Report report = backtest.run(AGENCY, years, Period.ofYears(1), Backtest.BUDGETS, Bootstrap.STANDARD);
		double leo = (System.nanoTime() - started) / 1e9;
		started = System.nanoTime();
		double recall = 0;
		for (LocalDate year : years) {
			recall += plainCountRecall(jdbc, year);
		}
		double plain = (System.nanoTime() - started) / 1e9;
		System.out.printf(
				"four-year backtest: Leo %.1f s (target <= 120 s; %d methods x %d budgets, %,d resamples; cohort %,d in 2019), "
						+ "plain count backtest %.2f s (mean recall at 5 %% %.3f), ratio %.1fx%n",
				leo, report.methods().size(),
				Backtest.BUDGETS.size(), Bootstrap.STANDARD.resamples(), report.years().get(3).cohort(), plain,
				recall / years.size(), leo / plain);
	}

	/** Recall at 5 % of the officers with a complaint, by the plain count: the least a backtest has to do. */
	private static double plainCountRecall(JdbcClient jdbc, LocalDate asOf) {
		List<Object> ranked = jdbc.sql(PLAIN_COUNT).param("agency", AGENCY).param("d", asOf)
			.query((rs, n) -> rs.getObject(1)).list();
		Set<Object> positives = new HashSet<>(jdbc
			.sql("""
					select distinct a.officer_id from ew_allegation a join ew_complaint c on c.id = a.complaint_id
					where c.agency_code = :agency and a.finding = 'SUSTAINED' and c.received_on >= :d and c.received_on < (:d + interval '1 year')::date
					""")
			.param("agency", AGENCY).param("d", asOf).query((rs, n) -> rs.getObject(1)).list());
		long hits = ranked.stream().limit((long) Math.ceil(ranked.size() * 0.05)).filter(positives::contains).count();
		return positives.isEmpty() ? 0 : (double) hits / positives.size();
	}

	private static void generate(DataSource dataSource, int officers, int allegations, long seed) throws Exception {
		SplittableRandom random = new SplittableRandom(seed);
		int[] hired = new int[officers];
		int[] firstComplaint = new int[officers];
		java.util.Arrays.fill(firstComplaint, Integer.MAX_VALUE);
		try (Connection connection = dataSource.getConnection()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder complaints = new StringBuilder();
			StringBuilder rows = new StringBuilder();
			int complaint = 0;
			for (int i = 0; i < officers; i++) {
				hired[i] = (int) LocalDate.of(1985, 1, 1).toEpochDay() + random.nextInt(34 * 365);
			}
			for (int allegation = 0; allegation < allegations; complaint++) {
				int day = (int) FIRST_DAY.toEpochDay() + random.nextInt(DAYS);
				int closed = day + 20 + random.nextInt(400);
				complaints.append(new UUID(1, complaint)).append('\t').append(AGENCY).append("\tC").append(complaint)
					.append('\t')
					.append(LocalDate.ofEpochDay(day)).append('\t')
					.append(random.nextInt(50) == 0 ? "\\N" : LocalDate.ofEpochDay(closed)).append('\n');
				double u = random.nextDouble();
				int officer = (int) (officers * u * u);
				int size = Math.min(1 + random.nextInt(3), allegations - allegation);
				for (int a = 0; a < size; a++, allegation++) {
					int named = a > 0 && random.nextBoolean() ? random.nextInt(officers) : officer;
					firstComplaint[named] = Math.min(firstComplaint[named], day);
					String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
					String finding = FINDINGS[random.nextInt(FINDINGS.length)];
					rows.append(new UUID(2, allegation)).append('\t').append(new UUID(1, complaint)).append('\t')
						.append(new UUID(3, named))
						.append('\t').append(category).append('\t').append(category).append('\t').append(finding)
						.append('\t').append(finding).append('\n');
				}
			}
			StringBuilder roster = new StringBuilder();
			for (int i = 0; i < officers; i++) {
				int separated = random.nextInt(10) == 0
						? (int) LocalDate.of(2012, 1, 1).toEpochDay() + random.nextInt(8 * 365) : -1;
				roster.append(new UUID(3, i)).append('\t').append(AGENCY).append("\tO").append(i).append("\tO")
					.append(i).append('\t')
					.append(RANKS[random.nextInt(RANKS.length)]).append('\t')
					.append(LocalDate.ofEpochDay(Math.min(hired[i], firstComplaint[i] - 1)))
					.append('\t')
					.append(separated < 0 ? "\\N" : LocalDate.ofEpochDay(Math.max(separated, hired[i] + 1)))
					.append('\t')
					.append(firstComplaint[i] == Integer.MAX_VALUE ? "\\N" : LocalDate.ofEpochDay(firstComplaint[i]))
					.append('\n');
			}
			copy.copyIn(
					"copy ew_officer (id, agency_code, external_id, badge_number, rank, hire_date, separated_on, first_complaint_on) from stdin",
					new StringReader(roster.toString()));
			copy.copyIn("copy ew_complaint (id, agency_code, external_id, received_on, closed_on) from stdin",
					new StringReader(complaints.toString()));
			copy.copyIn(
					"copy ew_allegation (id, complaint_id, officer_id, category, category_code, finding, finding_code) from stdin",
					new StringReader(rows.toString()));
			connection.createStatement().execute("select ew_refresh_statistics()");
		}
	}

	private static String seconds(long started) {
		return String.format("%.1f s", (System.nanoTime() - started) / 1e9);
	}

}
