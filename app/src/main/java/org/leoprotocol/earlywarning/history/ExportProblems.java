package org.leoprotocol.earlywarning.history;

import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVParser;

import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.earlywarning.source.UnreadableText;

/**
 * What makes an export file unusable as a whole: no header, a header without a column the mapping reads, text not in
 * the mapping's character set, or text that is not CSV.
 */
final class ExportProblems {

	private ExportProblems() {
	}

	/** The file's header checked against the mapping: empty when every column the mapping reads is there. */
	static List<HistoryImportReport.Refusal> header(HistoryMapping mapping, String role, ExportFile file,
			CSVParser parser) {
		List<String> header = mapping.columns(role).isEmpty() ? parser.getHeaderNames() : mapping.columns(role);
		if (header.isEmpty() || (header.size() == 1 && header.get(0).isBlank())) {
			return List.of(HistoryImportReport.Refusal.of("historyimport.refused.empty", file.name()));
		}
		return mapping.absentColumns(role, header).stream()
			.map(absent -> HistoryImportReport.Refusal.of("historyimport.refused.column", file.name(), absent.column(),
					mapping.name(), absent.line(), absent.key(), String.join(", ", header)))
			.toList();
	}

	/** Why the file could not be read at that line: its bytes are not in the character set, or it is not CSV. */
	static HistoryImportReport.Refusal unreadable(ExportFile file, Exception ex, long line) {
		Throwable cause = ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : ex;
		if (cause instanceof UnreadableText text) {
			return HistoryImportReport.Refusal.of("historyimport.refused.encoding", text.file(), text.line(),
					text.charset(), text.bytes(), text.byteOffset());
		}
		return HistoryImportReport.Refusal.of("historyimport.refused.csv", file.name(), line, cause.getMessage());
	}
}
