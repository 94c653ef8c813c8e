package org.leoprotocol.earlywarning.web;

import org.leoprotocol.earlywarning.HistoryImportReport;

/** One background history import: progress while it runs, then its report and the download of rejected rows. */
public record ImportJobView(String id, String mapping, String fileName, String startedBy, String startedAt,
		boolean running,
		int percent, String progress, HistoryImportReport report, String failure) {

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
