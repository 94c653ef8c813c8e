package org.leoprotocol.earlywarning.history;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.leoprotocol.earlywarning.HistoryImport;
import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import of an agency's export, inside the caller's transaction: the roster file first, then the complaints, then
 * the allegations, each streamed and stored {@value HistoryImport#CHUNK} rows at a time under a savepoint (a chunk the
 * database refuses is retried row by row, so one bad row never drops the good ones around it). Anything that makes the
 * export unusable as a whole throws {@link ImportRefused}, and the caller's transaction takes every stored row back
 * with it.
 */
public final class HistoryImportRun {

	static final List<String> ORDER = List.of("officers", "complaints", "allegations");

	private final HistoryMapping mapping;
	private final ImportStorage storage;
	private final HistoryImportReport.Builder report;
	private final Consumer<Sentence> progress;
	private final Map<String, Integer> occurrences = new HashMap<>();

	public HistoryImportRun(HistoryMapping mapping, HistoryStore store, TransactionTemplate savepoints,
			Function<ImportedOfficer, UUID> rosterLink, HistoryImportReport.Builder report,
			Consumer<Sentence> progress) {
		this.mapping = mapping;
		this.storage = new ImportStorage(mapping, store, savepoints, rosterLink, report);
		this.report = report;
		this.progress = progress;
	}

	/**
	 * Checks each file that can be opened again (its header against the mapping, that it has rows) before storing
	 * anything.
	 */
	public static List<HistoryImportReport.Refusal> check(HistoryMapping mapping, Map<String, ExportFile> files) {
		List<HistoryImportReport.Refusal> problems = new ArrayList<>();
		files.forEach((role, file) -> {
			if (file.reopenable()) {
				try (Reader text = file.open(mapping.charset(role));
						CSVParser parser = format(mapping.columns(role)).parse(text)) {
					problems.addAll(ExportProblems.header(mapping, role, file, parser));
				}
				catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
					problems.add(ExportProblems.unreadable(file, ex, 1));
				}
			}
		});
		return problems;
	}

	/** Imports every file, officers and complaints before the allegations that refer to them. */
	public void run(Map<String, ExportFile> files) {
		storage.named(files);
		for (String role : ORDER) {
			if (files.containsKey(role)) {
				pass(role, files.get(role));
			}
		}
		List<HistoryImportReport.UnmappedCode> unmapped = report.unmappedCodes();
		if (!unmapped.isEmpty() && mapping.unmapped() == UnmappedCodes.REFUSE) {
			HistoryImportReport.UnmappedCode first = unmapped.get(0);
			throw new ImportRefused("historyimport.refused.unmapped", unmapped.size(), mapping.name(), first.kind(),
					first.code(),
					first.rows(), first.firstFile(), first.firstLine());
		}
	}

	private void pass(String role, ExportFile file) {
		ImportChunk chunk = new ImportChunk(role, file, mapping, storage, report, progress, occurrences);
		long line = 1;
		try (Reader text = file.open(mapping.charset(role));
				CSVParser parser = format(mapping.columns(role)).parse(text)) {
			List<HistoryImportReport.Refusal> problems = ExportProblems.header(mapping, role, file, parser);
			if (!problems.isEmpty()) {
				throw new ImportRefused(problems);
			}
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new ImportRefused("historyimport.refused.no-rows", file.name());
			}
			boolean headerLine = mapping.columns(role).isEmpty();
			while (records.hasNext()) {
				CSVRecord record = records.next();
				line = record.getRecordNumber() + (headerLine ? 1 : 0);
				chunk.parse(line, record);
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			throw new ImportRefused(List.of(ExportProblems.unreadable(file, ex, line + 1)));
		}
		chunk.flush();
		chunk.warnings();
		if (role.equals("allegations")) {
			storage.refreshFirstComplaint();
		}
	}

	/** The CSV dialect of an export: its own header line, or the mapping's columns when the file has none. */
	public static CSVFormat format(List<String> columns) {
		CSVFormat.Builder format = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(true)
			.setIgnoreHeaderCase(true);
		return columns.isEmpty() ? format.setHeader().setSkipHeaderRecord(true).get()
				: format.setHeader(columns.toArray(String[]::new)).setSkipHeaderRecord(false).get();
	}
}
