package org.leoprotocol.earlywarning.history;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.shared.SpreadsheetSafe;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * One history import running in the background for an administrator: how far through the file it is, the last progress
 * line, and, once done, the report. Every rejected row is written as it is found to a file of its own, its reason kept
 * as a sentence ({@link Sentence#stored()}), and the administrator downloads it as a CSV ({@code row,problem}) said in
 * their own language; so a file with a million bad rows is reported in full while the page lists only the first
 * thousand. The progress line and why a job stopped are sentences too, said in the language of whoever looks.
 */
public final class ImportJob {

	/** How the rejected rows are kept while the job runs: line, file (empty for a single file) and stored reason. */
	private static final CSVFormat KEPT = CSVFormat.RFC4180.builder().setHeader("row", "file", "reason").get();

	private final UUID id;
	private final String mapping;
	private final String fileName;
	private final long size;
	private final String startedBy;
	private final Instant startedAt;
	private final Path problems;
	private final CSVPrinter problemWriter;
	private volatile long bytesRead;
	private volatile Sentence lastProgress = Sentence.of("historyimport.progress.waiting");
	private volatile ImportState state = ImportState.RUNNING;
	private volatile HistoryImportReport report;
	private volatile Sentence failure;

	ImportJob(UUID id, String mapping, String fileName, long size, String startedBy, Instant startedAt, Path problems)
			throws IOException {
		this.id = id;
		this.mapping = mapping;
		this.fileName = fileName;
		this.size = size;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.problems = problems;
		BufferedWriter writer = Files.newBufferedWriter(problems, StandardCharsets.UTF_8);
		this.problemWriter = KEPT.print(writer);
	}

	public UUID id() {
		return id;
	}

	String mapping() {
		return mapping;
	}

	public String fileName() {
		return fileName;
	}

	String startedBy() {
		return startedBy;
	}

	public Instant startedAt() {
		return startedAt;
	}

	public ImportState state() {
		return state;
	}

	HistoryImportReport report() {
		return report;
	}

	public Sentence failure() {
		return failure;
	}

	Sentence lastProgress() {
		return lastProgress;
	}

	Path problems() {
		return problems;
	}

	/** How much of the file has been read, 0 to 100. */
	int percent() {
		return state == ImportState.RUNNING ? (int) Math.min(99, size == 0 ? 0 : bytesRead * 100 / size) : 100;
	}

	void read(long bytes) {
		bytesRead = bytes;
	}

	void progress(Sentence line) {
		lastProgress = line;
	}

	void problem(HistoryImportReport.Problem problem) {
		try {
			problemWriter.printRecord(problem.row(), problem.file() == null ? "" : problem.file(),
					problem.reason().stored());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes the rejected rows as CSV ({@code row,problem}), each problem in the words {@code words} gives its
	 * sentence; a problem is written so that no spreadsheet runs it as a formula.
	 */
	void writeProblems(Writer out, Function<Sentence, String> words) throws IOException {
		CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader("row", "problem").get().print(out);
		try (Reader kept = Files.newBufferedReader(problems, StandardCharsets.UTF_8)) {
			for (CSVRecord line : KEPT.builder().setSkipHeaderRecord(true).get().parse(kept)) {
				String file = line.get("file");
				HistoryImportReport.Problem problem = new HistoryImportReport.Problem(Long.parseLong(line.get("row")),
						file.isEmpty() ? null : file, Sentence.read(line.get("reason")));
				csv.printRecord(problem.row(), SpreadsheetSafe.cell(words.apply(problem.message())));
			}
		}
		csv.flush();
	}

	void finish(HistoryImportReport finished) {
		closeProblems();
		report = finished;
		state = ImportState.DONE;
	}

	void fail(Sentence why) {
		closeProblems();
		failure = why;
		state = ImportState.FAILED;
	}

	private void closeProblems() {
		try {
			problemWriter.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
