package org.leoprotocol.earlywarning.history;

import java.util.List;
import java.util.Map;

import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.shared.web.UnprocessableContent;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * An agency's export refused as a whole, so that nothing of it was stored: a file lacks a column its mapping reads, is
 * empty, is not text in its encoding, or carries codes the mapping does not name. It is answered like any file Leo read
 * but cannot follow (422): the first reason is the problem's detail and every reason is listed under {@code problems},
 * each in the client's language; a program finds the reasons as keys with their arguments under {@code refusal} and the
 * import's whole report, as far as it went, under {@code report}.
 */
public final class HistoryImportRefused extends UnprocessableContent {

	/** Nothing was imported: {0}, a reason given only in words. */
	static final String OTHER = "historyimport.refused.other";

	private static final long serialVersionUID = 1L;

	private final transient HistoryImportReport report;

	/** The refusal of the import {@code report} tells of, worded in the client's language. */
	public HistoryImportRefused(HistoryImportReport report) {
		this(report, reasons(report));
	}

	private HistoryImportRefused(HistoryImportReport report, List<Sentence> reasons) {
		super("historyimport.refused.title", reasons, reasons.get(0).key(), reasons.get(0).getArguments());
		this.report = report;
	}

	private static List<Sentence> reasons(HistoryImportReport report) {
		if (report.refusal().isEmpty()) {
			return List.of(Sentence.of(OTHER, report.fileProblem()));
		}
		return report.refusal().stream().map(reason -> Sentence.of(reason.key(), reason.args())).toList();
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("refusal", report.refusal(), "report", report);
	}
}
