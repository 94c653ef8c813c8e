package org.leoprotocol.earlywarning.history;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.shared.SpreadsheetSafe;

/**
 * One history import running in the background for an administrator: how far through the file it is, the last progress
 * line, and, once done, the report. Every rejected row is written as it is found to a CSV of its own
 * ({@code row,problem}) that the administrator downloads, so a file with a million bad rows is reported in full while
 * the page lists only the first thousand.
 */
public final class ImportJob {

	private final UUID id;
	private final String mapping;
	private final String fileName;
	private final long size;
	private final String startedBy;
	private final Instant startedAt;
	private final Path problems;
	private final CSVPrinter problemWriter;
	private volatile long bytesRead;
	private volatile String lastProgress = "Waiting for the previous import to finish";
	private volatile ImportState state = ImportState.RUNNING;
	private volatile HistoryImportReport report;
	private volatile String failure;

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
		this.problemWriter = CSVFormat.RFC4180.builder().setHeader("row", "problem").get().print(writer);
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

	public String failure() {
		return failure;
	}

	String lastProgress() {
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

	void progress(String line) {
		lastProgress = line;
	}

	void problem(HistoryImportReport.Problem problem) {
		try {
			problemWriter.printRecord(problem.row(), SpreadsheetSafe.cell(problem.message()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void finish(HistoryImportReport finished) {
		closeProblems();
		report = finished;
		state = ImportState.DONE;
	}

	void fail(String why) {
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
