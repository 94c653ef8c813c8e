package org.leoprotocol.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.leoprotocol.earlywarning.Category;
import org.leoprotocol.earlywarning.EarlyWarning;
import org.leoprotocol.earlywarning.Finding;
import org.leoprotocol.earlywarning.NewAllegation;
import org.leoprotocol.earlywarning.PerformanceEntries;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;

/**
 * Early warning for a large agency, generated: {@code OFFICERS} officers and {@code ALLEGATIONS} allegations over the
 * last ten years, written straight into PostgreSQL with {@code COPY} and drawn from one seed, so every run sees the
 * same agency. Complaints carry one to four allegations; a complaint's officer is drawn with a skew (a few officers
 * draw many complaints, as in real agencies), half of a complaint's further allegations name a colleague, and the
 * findings follow roughly the CCRB's mix. One roster officer belongs to the same agency, so a new finding against them
 * is re-evaluated against 100,000 peers.
 *
 * <p>
 * It then measures, in a whole running Leo: the full recomputation of every officer's indicators and flags
 * ({@link EarlyWarning#recomputeAll()}) and the ranking alone, each three times; and the incremental update after one
 * new finding ({@link EarlyWarning#recordAllegation}), {@code ROUNDS} times with percentiles.
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -Xmx2g -cp bench/target/benchmarks.jar org.leoprotocol.bench.GeneratedAgencyBenchmark 100000 10000000 20261122
 * </pre>
 */
public final class GeneratedAgencyBenchmark {

	private static final List<String> RANKS = List.of("Police Officer", "Police Officer", "Police Officer", "Detective",
			"Sergeant", "Lieutenant");
	private static final Category[] CATEGORIES = { Category.ABUSE_OF_AUTHORITY, Category.ABUSE_OF_AUTHORITY,
			Category.FORCE, Category.FORCE, Category.DISCOURTESY, Category.OFFENSIVE_LANGUAGE, Category.OTHER };
	/** Roughly the CCRB release's mix of closed findings, out of 100. */
	private static final Finding[] FINDINGS = mix(Finding.NOT_SUSTAINED, 30, Finding.EXONERATED, 28, Finding.UNFOUNDED,
			12,
			Finding.SUSTAINED, 12, Finding.CLOSED_NO_FINDING, 14, Finding.MEDIATED, 4);
	private static final long OFFICER = 0x6e65_7261_0000_4001L;
	private static final long COMPLAINT = 0x6e65_7261_0000_4002L;
	private static final long ALLEGATION = 0x6e65_7261_0000_4003L;
	private static final int ROUNDS = 200;

	private final int officers;
	private final int allegations;
	private final long seed;
	private final int today;

	private int[] complaintDay;
	private int[] complaintClosed;
	private byte[] complaintSize;
	private int complaints;
	private int[] allegationOfficer;
	private byte[] allegationCategory;
	private byte[] allegationFinding;
	private int[] firstComplaint;

	private GeneratedAgencyBenchmark(int officers, int allegations, long seed, LocalDate today) {
		this.officers = officers;
		this.allegations = allegations;
		this.seed = seed;
		this.today = (int) today.toEpochDay();
	}

	public static void main(String[] args) throws Exception {
		int officers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int allegations = args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000;
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261122L;
		try (RunningLeo leo = RunningLeo.start()) {
			LocalDate today = LocalDate.now(leo.bean(Clock.class));
			GeneratedAgencyBenchmark agency = new GeneratedAgencyBenchmark(officers, allegations, seed, today);
			Roster roster = leo.bean(Roster.class);
			long started = System.nanoTime();
			agency.generate();
			System.out.printf("generated %,d officers, %,d complaints, %,d allegations in memory: %s%n", officers,
					agency.complaints, allegations, seconds(started));
			started = System.nanoTime();
			agency.copy(leo.bean(DataSource.class), roster.agencyCode());
			System.out.printf("COPY into PostgreSQL and ANALYZE: %s%n", seconds(started));
			agency.measure(leo.bean(EarlyWarning.class), leo.bean(PerformanceEntries.class), roster, today);
		}
	}

	private void generate() {
		SplittableRandom random = new SplittableRandom(seed);
		int capacity = allegations;
		complaintDay = new int[capacity];
		complaintClosed = new int[capacity];
		complaintSize = new byte[capacity];
		allegationOfficer = new int[allegations];
		allegationCategory = new byte[allegations];
		allegationFinding = new byte[allegations];
		firstComplaint = new int[officers];
		Arrays.fill(firstComplaint, Integer.MAX_VALUE);
		int allegation = 0;
		while (allegation < allegations) {
			int day = today - 1 - random.nextInt(3650);
			int closed = day + 20 + random.nextInt(400);
			complaintDay[complaints] = day;
			complaintClosed[complaints] = closed < today ? closed : -1;
			int size = Math.min(1 + random.nextInt(4), allegations - allegation);
			complaintSize[complaints] = (byte) size;
			double u = random.nextDouble();
			int officer = (int) (officers * u * u);
			for (int i = 0; i < size; i++, allegation++) {
				int named = i > 0 && random.nextBoolean() ? random.nextInt(officers) : officer;
				allegationOfficer[allegation] = named;
				allegationCategory[allegation] = (byte) random.nextInt(CATEGORIES.length);
				allegationFinding[allegation] = (byte) random.nextInt(FINDINGS.length);
				firstComplaint[named] = Math.min(firstComplaint[named], day);
			}
			complaints++;
		}
	}

	private void copy(DataSource dataSource, String agency) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			var copies = connection.unwrap(PGConnection.class).getCopyAPI();
			SplittableRandom random = new SplittableRandom(seed + 1);
			try (Rows rows = new Rows(copies
				.copyIn("""
						copy ew_officer (id, agency_code, external_id, badge_number, first_name, last_name, rank, unit, hire_date,
						  first_complaint_on) from stdin"""
					.replace('\n', ' ')))) {
				for (int i = 0; i < officers; i++) {
					rows.add(new UUID(OFFICER, i)).add(agency).add("G" + i).add("G" + i).add("Gen").add("Officer " + i)
						.add(RANKS.get(random.nextInt(RANKS.size()))).add("Precinct " + (i % 77))
						.add(LocalDate.ofEpochDay(today - 200 - random.nextInt(30 * 365)))
						.add(firstComplaint[i] == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(firstComplaint[i]))
						.end();
				}
			}
			try (Rows rows = new Rows(copies
				.copyIn("copy ew_complaint (id, agency_code, external_id, received_on, closed_on) from stdin"))) {
				for (int c = 0; c < complaints; c++) {
					rows.add(new UUID(COMPLAINT, c)).add(agency).add("C" + c).add(LocalDate.ofEpochDay(complaintDay[c]))
						.add(complaintClosed[c] < 0 ? null : LocalDate.ofEpochDay(complaintClosed[c])).end();
				}
			}
			try (Rows rows = new Rows(copies.copyIn("""
					copy ew_allegation (id, complaint_id, officer_id, category, category_code, finding, finding_code)
					  from stdin""".replace('\n', ' ')))) {
				int allegation = 0;
				for (int c = 0; c < complaints; c++) {
					for (int i = 0; i < complaintSize[c]; i++, allegation++) {
						String category = CATEGORIES[allegationCategory[allegation]].name();
						String finding = complaintClosed[c] < 0 ? Finding.PENDING.name()
								: FINDINGS[allegationFinding[allegation]].name();
						rows.add(new UUID(ALLEGATION, allegation)).add(new UUID(COMPLAINT, c))
							.add(new UUID(OFFICER, allegationOfficer[allegation])).add(category).add(category)
							.add(finding).add(finding).end();
					}
				}
			}
			connection.createStatement().execute("select ew_refresh_statistics()");
		}
	}

	private void measure(EarlyWarning earlyWarning, PerformanceEntries entries, Roster roster, LocalDate today) {
		for (int run = 1; run <= 3; run++) {
			long started = System.nanoTime();
			int flagged = earlyWarning.recomputeAll();
			System.out.printf("full recompute %d: %s, %,d officers flagged%n", run, seconds(started), flagged);
		}
		for (int run = 1; run <= 3; run++) {
			long started = System.nanoTime();
			int ranked = earlyWarning.ranking(roster.agencyCode(), today.plusDays(1)).size();
			System.out.printf("ranking only %d: %s, %,d officers%n", run, seconds(started), ranked);
		}
		OfficerId officer = roster
			.enlist(new NewOfficer("99734", "Bench", "Officer", "Police Officer", null, today.minusYears(7), null));
		long[] nanos = new long[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			Finding finding = round % 2 == 0 ? Finding.NOT_SUSTAINED : Finding.EXONERATED;
			long started = System.nanoTime();
			entries.recordAllegation(
					new NewAllegation(officer, "BENCH-" + (round % 5), today.minusDays(40), today.minusDays(3),
							Category.DISCOURTESY, "bench", finding),
					Actor.staff("bench"));
			nanos[round] = System.nanoTime() - started;
		}
		Arrays.sort(nanos);
		System.out.printf("new finding, %d rounds: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", ROUNDS,
				nanos[ROUNDS / 2] / 1e6,
				nanos[ROUNDS * 99 / 100] / 1e6, nanos[ROUNDS - 1] / 1e6);
	}

	private static String seconds(long started) {
		return String.format("%.1f s", (System.nanoTime() - started) / 1e9);
	}

	private static Finding[] mix(Object... findingsAndShares) {
		Finding[] mix = new Finding[100];
		int at = 0;
		for (int i = 0; i < findingsAndShares.length; i += 2) {
			for (int share = 0; share < (int) findingsAndShares[i + 1]; share++) {
				mix[at++] = (Finding) findingsAndShares[i];
			}
		}
		return mix;
	}

	/** Rows in PostgreSQL's COPY text format, sent a megabyte at a time. */
	private static final class Rows implements AutoCloseable {

		private final CopyIn copy;
		private final StringBuilder buffer = new StringBuilder(1 << 20);
		private boolean first = true;

		Rows(CopyIn copy) {
			this.copy = copy;
		}

		Rows add(Object value) {
			if (!first) {
				buffer.append('\t');
			}
			buffer.append(value == null ? "\\N" : value.toString());
			first = false;
			return this;
		}

		void end() throws SQLException {
			buffer.append('\n');
			first = true;
			if (buffer.length() > (1 << 20) - 512) {
				flush();
			}
		}

		private void flush() throws SQLException {
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			buffer.setLength(0);
		}

		@Override
		public void close() throws SQLException {
			flush();
			copy.endCopy();
		}
	}
}
