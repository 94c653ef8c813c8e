package org.leoprotocol.earlywarning;

import java.util.List;

/**
 * An import refused as a whole (a file that does not fit its mapping, is empty, is not text in its encoding, or carries
 * codes the mapping does not name): thrown inside the import's one transaction so that nothing of it stays stored. Its
 * reasons are message keys with arguments, worded in the reader's language; the message is for logs.
 */
class ImportRefused extends RuntimeException {

	private final List<HistoryImportReport.Refusal> reasons;

	ImportRefused(List<HistoryImportReport.Refusal> reasons) {
		super(String.join("; ", reasons.stream().map(reason -> reason.key() + reason.arguments()).toList()));
		this.reasons = List.copyOf(reasons);
	}

	ImportRefused(String key, Object... arguments) {
		this(List.of(HistoryImportReport.Refusal.of(key, arguments)));
	}

	List<HistoryImportReport.Refusal> reasons() {
		return reasons;
	}
}
