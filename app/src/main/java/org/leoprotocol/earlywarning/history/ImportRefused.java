package org.leoprotocol.earlywarning.history;

import java.util.List;

import org.leoprotocol.earlywarning.HistoryImportReport;

/**
 * An import refused as a whole (a file that does not fit its mapping, is empty, is not text in its encoding, or carries
 * codes the mapping does not name): thrown inside the import's one transaction so that nothing of it stays stored. Its
 * reasons are message keys with arguments, worded in the reader's language; the message is for logs.
 */
public class ImportRefused extends RuntimeException {

	private final List<HistoryImportReport.Refusal> reasons;

	public ImportRefused(List<HistoryImportReport.Refusal> reasons) {
		super(String.join("; ", reasons.stream().map(reason -> reason.key() + reason.arguments()).toList()));
		this.reasons = List.copyOf(reasons);
	}

	public ImportRefused(String key, Object... arguments) {
		this(List.of(HistoryImportReport.Refusal.of(key, arguments)));
	}

	public List<HistoryImportReport.Refusal> reasons() {
		return reasons;
	}
}
