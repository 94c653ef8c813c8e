package org.leoprotocol.earlywarning.web;

import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * One background history import: progress while it runs, then its report and the download of rejected rows. The
 * progress line and why the import stopped are sentences, said in the language of whoever looks.
 */
public record ImportJobView(String id, String mapping, String fileName, String startedBy, String startedAt,
		boolean running,
		int percent, Sentence progress, HistoryImportReport report, Sentence failure) {

	public String url() {
		return EarlyWarningRoutes.importJob(id);
	}

	public String progressUrl() {
		return EarlyWarningRoutes.importJob(id) + "/progress";
	}

	public String problemsUrl() {
		return EarlyWarningRoutes.importJob(id) + "/problems.csv";
	}

	public String state() {
		return running ? "running" : failure != null ? "stopped" : "done";
	}
}
