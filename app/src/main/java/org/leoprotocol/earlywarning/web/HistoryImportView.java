package org.leoprotocol.earlywarning.web;

import java.util.List;

/**
 * The history import page: the mappings to choose from, a custom mapping as the administrator sent it (kept when it is
 * refused, with each problem at its line), and the cluster's recent imports.
 */
public record HistoryImportView(List<String> mappings, String mapping, String mappingName, String mappingText,
		List<String> problems, List<ImportJobView> recent, String notice) {

	public static HistoryImportView empty(List<String> mappings, List<ImportJobView> recent, String notice) {
		return new HistoryImportView(mappings, "ccrb", "", "", List.of(), recent, notice);
	}
}
