package org.leoprotocol.earlywarning.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVRecord;

import org.leoprotocol.earlywarning.HistoryImport;
import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.earlywarning.history.HistoryRow.RowRefused;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * The rows of one file waiting to be stored, {@value HistoryImport#CHUNK} at a time, and what the file has told so far:
 * how many rows it had, and how many of its officers or complaints lack the date early warning counts from. A row the
 * mapping cannot read ({@link RowRefused}) is rejected with its reason, and the import goes on.
 */
final class ImportChunk {

	private final String role;
	private final ExportFile file;
	private final HistoryMapping mapping;
	private final ImportStorage storage;
	private final HistoryImportReport.Builder report;
	private final Consumer<Sentence> progress;
	private final Map<String, Integer> occurrences;
	private final List<ParsedLine> lines = new ArrayList<>();
	private long read;
	private long undated;

	/**
	 * @param occurrences how often each allegation's natural key has come up in this import so far, to number repeats
	 */
	ImportChunk(String role, ExportFile file, HistoryMapping mapping, ImportStorage storage,
			HistoryImportReport.Builder report, Consumer<Sentence> progress, Map<String, Integer> occurrences) {
		this.role = role;
		this.file = file;
		this.mapping = mapping;
		this.storage = storage;
		this.report = report;
		this.progress = progress;
		this.occurrences = occurrences;
	}

	/** Reads one record (a row the mapping refuses is rejected) and stores the chunk once it is full. */
	void parse(long row, CSVRecord record) {
		try {
			Object value = switch (role) {
				case "officers" -> mapping.officer(record);
				case "complaints" -> mapping.complaint(record);
				default -> allegation(row, record);
			};
			lines.add(new ParsedLine(row, value));
		}
		catch (RowRefused refused) {
			reject(refused.reason(), row);
		}
		catch (IllegalArgumentException unforeseen) {
			reject(Sentence.ofText("historyimport.row.unreadable", String.valueOf(unforeseen.getMessage())), row);
		}
		if (lines.size() == HistoryImport.CHUNK) {
			flush();
		}
	}

	private NumberedAllegation allegation(long row, CSVRecord record) {
		HistoryRow parsed = mapping.row(record, (kind, code) -> report.unmapped(kind, code, file.name(), row));
		int occurrence = occurrences.merge(parsed.allegationKey(), 1, Integer::sum);
		return new NumberedAllegation(parsed.allegationId(occurrence), parsed);
	}

	/** Stores the rows waiting, if any, and says how far the import has come. */
	void flush() {
		if (lines.isEmpty()) {
			return;
		}
		undated += storage.store(role, lines, this::reject);
		read += lines.size();
		lines.clear();
		progress.accept(role.equals("allegations") ? Sentence.of("historyimport.progress.rows", text(report.rows()))
				: Sentence.of("historyimport.progress." + role, file.name(), text(read)));
	}

	private void reject(Sentence reason, long row) {
		report.rejected(row, mapping.roles().size() > 1 ? file.name() : null, reason);
	}

	/** A count as text, so no language groups its digits. */
	private static String text(long count) {
		return Long.toString(count);
	}

	/** Says what the file's gaps cost early warning. */
	void warnings() {
		if (undated > 0 && role.equals("officers")) {
			report.warn(HistoryImportReport.Warning.of("historyimport.warning.undatedOfficers", undated, read,
					file.name()));
		}
		if (undated > 0 && role.equals("complaints")) {
			report.warn(HistoryImportReport.Warning.of("historyimport.warning.undatedComplaints", undated, read,
					file.name()));
		}
	}
}
