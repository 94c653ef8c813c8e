package org.leoprotocol.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.leoprotocol.earlywarning.HistoryImport;
import org.leoprotocol.earlywarning.HistoryImportReport;

import org.springframework.context.MessageSource;

/**
 * Imports a generated Chicago-shaped export (three gzip files: accused officers per complaint, complaints, the roster)
 * through the shipped {@code cpdp-chicago} mapping into a whole running Leo, and, in the same run and on the same
 * files, the plain alternative: reading and parsing them with commons-csv alone, storing nothing. The import's time
 * includes the recomputation of every officer's flags that ends it. Heap is the peak of the heap pools over the whole
 * run; the machine's load average is printed at the start and the end. On a machine where port 8080 is taken, add
 * {@code -Dserver.port=0} (application.properties outranks the benchmark's defaults).
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -Xmx512m -Dserver.port=0 -cp bench/target/benchmarks.jar org.leoprotocol.bench.HistoryImportBenchmark 250000 20261205
 * </pre>
 */
public final class HistoryImportBenchmark {

	private static final String[] FINDINGS = { "NS", "NS", "NS", "NS", "UN", "UN", "NAF", "SU", "EX", "" };
	private static final String[] CODES = { "05A", "03C", "03D", "10J", "01A", "04B", "12D", "07A", "" };

	private HistoryImportBenchmark() {
	}

	public static void main(String[] arguments) throws Exception {
		int allegations = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 250_000;
		long seed = arguments.length > 1 ? Long.parseLong(arguments[1]) : 20261205L;
		System.out.printf("Load average at start: %.2f%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		Path directory = Files.createTempDirectory("leo-import-bench");
		List<Path> files = generate(directory, allegations, seed);
		System.out.printf("Generated %,d allegations, %,d complaints, %,d officers (%,d bytes gzip)%n", allegations,
				complaints(allegations), officers(allegations), size(files));

		long plainStarted = System.nanoTime();
		long plainRows = 0;
		for (Path file : files) {
			plainRows += parse(file);
		}
		double plain = (System.nanoTime() - plainStarted) / 1e9;
		System.out.printf("Plain commons-csv, read and parse only: %,d rows in %.1f s%n", plainRows, plain);

		try (RunningLeo leo = RunningLeo.start()) {
			Path mapping = directory.resolve("bench-chicago.properties");
			try (InputStream shipped = HistoryImport.class
				.getResourceAsStream("/early-warning/mappings/cpdp-chicago.properties")) {
				Files.writeString(mapping, new String(shipped.readAllBytes(), StandardCharsets.UTF_8)
					.replace("agency=CHICAGO-PD", "agency=BENCH-IMPORT"));
			}
			long started = System.nanoTime();
			long[] stored = { 0 };
			MessageSource messages = leo.bean(MessageSource.class);
			HistoryImportReport report = leo.bean(HistoryImport.class).importFiles(mapping.toString(), files, said -> {
				String line = messages.getMessage(said, Locale.ENGLISH);
				if (line.startsWith("Recomputed") || line.contains("allegations created")) {
					System.out.printf("  %.1f s: %s%n", (System.nanoTime() - started) / 1e9, line);
				}
				if (line.contains("allegations created")) {
					stored[0] = System.nanoTime();
				}
			});
			double total = (System.nanoTime() - started) / 1e9;
			System.out.printf("Leo import (cpdp-chicago mapping, one transaction, then every flag recomputed): %s%n",
					messages.getMessage(report.summary(), Locale.ENGLISH));
			double storedIn = (stored[0] - started) / 1e9;
			System.out.printf(
					"  stored in %.1f s (%,.0f allegations/s), %.1f s with the recompute; %.1f x the plain parse%n",
					storedIn,
					allegations / storedIn, total, total / plain);
		}
		System.out.println(PeakHeap.line());
		System.out.printf("Load average at end: %.2f%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	static int complaints(int allegations) {
		return allegations * 3 / 4;
	}

	static int officers(int allegations) {
		return Math.max(100, allegations / 7);
	}

	private static List<Path> generate(Path directory, int allegations, long seed) throws IOException {
		Random random = new Random(seed);
		int complaints = complaints(allegations);
		int officers = officers(allegations);
		Path roster = directory.resolve("final-profiles.csv.gz");
		try (BufferedWriter out = gzip(roster)) {
			out.write(
					"UID,first_name,last_name,middle_initial,middle_initial2,suffix_name,birth_year,race,gender,appointed_date,"
							+ "resignation_date,current_status,current_star,current_unit,current_rank,start_date,org_hire_date,profile_count,"
							+ "cleaned_rank,link_UID\n");
			String[] races = { "WHITE", "BLACK", "HISPANIC", "ASIAN/PACIFIC ISLANDER" };
			for (int i = 0; i < officers; i++) {
				LocalDate appointed = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(17_000));
				String separated = random.nextInt(3) == 0 ? appointed.plusDays(2_000 + random.nextInt(9_000)).toString()
						: "";
				out.write((100_000 + i) + ",FIRST" + i + ",LAST" + i + ",A,,," + (1940 + random.nextInt(60)) + ".0,"
						+ races[random.nextInt(races.length)] + "," + (random.nextInt(5) == 0 ? "FEMALE" : "MALE") + ","
						+ appointed + ","
						+ separated + ",1.0," + random.nextInt(20_000) + ".0," + random.nextInt(30)
						+ ".0,POLICE OFFICER,,,1,,"
						+ i + ".0\n");
			}
		}
		Path complaintFile = directory.resolve("complaints-complaints.csv.gz");
		try (BufferedWriter out = gzip(complaintFile)) {
			out.write("cr_id,cv,incident_date,complaint_date,closed_date,add1,add2,beat,city,full_address,location\n");
			for (int i = 0; i < complaints; i++) {
				LocalDate received = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(6_500));
				String closed = random.nextInt(50) == 0 ? "" : received.plusDays(30 + random.nextInt(700)).toString();
				out.write((1_000_000 + i) + ",2," + received.minusDays(3) + "," + received + "," + closed
						+ ",100,N STATE ST,"
						+ random.nextInt(2_500) + ",CHICAGO IL,,STREET\n");
			}
		}
		Path accused = directory.resolve("complaints-accused.csv.gz");
		try (BufferedWriter out = gzip(accused)) {
			out.write(
					"UID,complaint_category,complaint_code,cr_id,cv,final_finding,final_outcome,recc_finding,recc_outcome,link_UID\n");
			for (int i = 0; i < allegations; i++) {
				int complaint = i < complaints ? i : random.nextInt(complaints);
				double u = random.nextDouble();
				int officer = (int) (u * u * officers);
				String code = CODES[random.nextInt(CODES.length)];
				out.write((100_000 + officer) + ".0,\"CATEGORY " + code + ": ALLEGATION " + (i % 7) + "\"," + code + ","
						+ (1_000_000 + complaint) + ",2," + FINDINGS[random.nextInt(FINDINGS.length)]
						+ ",NO ACTION TAKEN,,,"
						+ officer + ".0\n");
			}
		}
		return List.of(accused, complaintFile, roster);
	}

	private static BufferedWriter gzip(Path file) throws IOException {
		return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 65536),
				StandardCharsets.UTF_8));
	}

	private static long parse(Path file) throws IOException {
		long rows = 0;
		try (Reader text = new java.io.InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 65536),
				StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
					.parse(text)) {
			for (CSVRecord record : parser) {
				rows += record.size() > 0 ? 1 : 0;
			}
		}
		return rows;
	}

	private static long size(List<Path> files) throws IOException {
		long size = 0;
		for (Path file : files) {
			size += Files.size(file);
		}
		return size;
	}

}
