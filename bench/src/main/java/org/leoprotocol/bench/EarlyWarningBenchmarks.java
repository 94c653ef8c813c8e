package org.leoprotocol.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.leoprotocol.earlywarning.Category;
import org.leoprotocol.earlywarning.EarlyWarning;
import org.leoprotocol.earlywarning.Finding;
import org.leoprotocol.earlywarning.Flag;
import org.leoprotocol.earlywarning.HistoryImport;
import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.earlywarning.Indicators;
import org.leoprotocol.earlywarning.NewAllegation;
import org.leoprotocol.earlywarning.PerformanceEntries;
import org.leoprotocol.earlywarning.RankedOfficer;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;

/**
 * What early warning costs on the NYC CCRB release (33,358 allegations, 3,996 officers): a first import of the whole
 * file (each invocation under a fresh agency code, so nothing is "unchanged"), the ranking of every CCRB officer as of
 * 2019-01-01, the full recompute of every officer as of tomorrow (flags and peer counts written), one CCRB officer's
 * indicators, and one new finding for a roster officer with its flag re-evaluated.
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -Dccrb=../shared/data/ccrb-propublica/allegations_202007271729.csv -jar bench/target/benchmarks.jar EarlyWarningBenchmarks
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class EarlyWarningBenchmarks {

	static final LocalDate AS_OF = LocalDate.of(2019, 1, 1);

	private RunningLeo leo;
	private HistoryImport historyImport;
	private EarlyWarning earlyWarning;

	private PerformanceEntries entries;
	private Path ccrb;
	private UUID ccrbOfficer;
	private OfficerId rosterOfficer;
	private int run;

	@Setup(Level.Trial)
	public void start() throws Exception {
		ccrb = Path.of(System.getProperty("ccrb", "../shared/data/ccrb-propublica/allegations_202007271729.csv"));
		if (!Files.isReadable(ccrb)) {
			throw new IllegalStateException("The CCRB file is not at " + ccrb.toAbsolutePath() + "; pass -Dccrb=PATH");
		}
		leo = RunningLeo.start();
		historyImport = leo.bean(HistoryImport.class);
		earlyWarning = leo.bean(EarlyWarning.class);
		entries = leo.bean(PerformanceEntries.class);
		importCcrb("ccrb");
		ccrbOfficer = earlyWarning.ranking("NYC-CCRB", AS_OF).get(0).indicators().officerId();
		rosterOfficer = leo.bean(Roster.class)
			.enlist(new NewOfficer("99734", "Bench", "Officer", "Police Officer", null, null, null));
	}

	/** The CCRB mapping under an agency code not used before, so that an import stores everything anew. */
	@State(Scope.Benchmark)
	public static class FreshAgency {

		private int agencies;
		private Path mapping;

		@Setup(Level.Invocation)
		public void write() throws IOException {
			agencies++;
			mapping = Files.createTempFile("ccrb-bench", ".properties");
			try (InputStream shipped = HistoryImport.class
				.getResourceAsStream("/early-warning/mappings/ccrb.properties")) {
				String text = new String(shipped.readAllBytes(), StandardCharsets.UTF_8)
					.replace("agency=NYC-CCRB", "agency=BENCH-" + agencies);
				Files.writeString(mapping, text);
			}
		}
	}

	@TearDown(Level.Trial)
	public void stop() {
		leo.close();
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 1)
	@Measurement(iterations = 3)
	public HistoryImportReport importCcrbFile(FreshAgency agency) throws IOException {
		return importCcrb(agency.mapping.toString());
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public List<RankedOfficer> rankEveryCcrbOfficer() {
		return earlyWarning.ranking("NYC-CCRB", AS_OF);
	}

	/**
	 * Every officer of every agency re-evaluated as of tomorrow, flags and peer counts written: what an import ends
	 * with.
	 */
	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public int recomputeEveryOfficer() {
		return earlyWarning.recomputeAll();
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Indicators indicatorsOfOneCcrbOfficer() {
		return earlyWarning.indicators(ccrbOfficer, AS_OF);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Optional<Flag> newFindingForOneOfficer() {
		run++;
		Finding finding = run % 2 == 0 ? Finding.NOT_SUSTAINED : Finding.EXONERATED;
		return entries.recordAllegation(new NewAllegation(rosterOfficer, "BENCH-1", LocalDate.of(2026, 1, 5),
				LocalDate.of(2026, 3, 1), Category.DISCOURTESY, "bench", finding), Actor.staff("bench"));
	}

	private HistoryImportReport importCcrb(String mappingName) throws IOException {
		try (Reader csv = Files.newBufferedReader(ccrb, StandardCharsets.UTF_8)) {
			return historyImport.importCsv(mappingName, csv, line -> {
			});
		}
	}
}
