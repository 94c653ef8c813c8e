package org.leoprotocol.earlywarning.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.leoprotocol.earlywarning.HistoryImportReport;

/**
 * What a mapping leaves early warning without, in words an administrator acts on: each field it does not map and the
 * indicator or comparison that field's absence disables (no closing dates: no time to close; no hire dates: no exposure
 * by years of service; no roster file: no officers without complaints in the cohort).
 */
final class MappingWarnings {

	private MappingWarnings() {
	}

	static List<HistoryImportReport.Warning> of(Properties keys, boolean readsRoster) {
		List<HistoryImportReport.Warning> warnings = new ArrayList<>();
		if (!maps(keys, "complaint.closed")) {
			warnings.add(HistoryImportReport.Warning.of("historyimport.warning.noClosed"));
		}
		if (!maps(keys, "officer.hire_date")) {
			warnings.add(HistoryImportReport.Warning.of("historyimport.warning.noHireDate"));
		}
		if (!maps(keys, "officer.rank")) {
			warnings.add(HistoryImportReport.Warning.of("historyimport.warning.noRank"));
		}
		if (readsRoster && !maps(keys, "officer.separated")) {
			warnings.add(HistoryImportReport.Warning.of("historyimport.warning.noSeparated"));
		}
		if (!readsRoster) {
			warnings.add(HistoryImportReport.Warning.of("historyimport.warning.noRoster"));
		}
		if (!maps(keys, "officer.race") || !maps(keys, "officer.gender")) {
			warnings.add(HistoryImportReport.Warning.of("historyimport.warning.noDemographics"));
		}
		return warnings;
	}

	private static boolean maps(Properties keys, String field) {
		return keys.containsKey(field) || keys.containsKey(field + ".year") || keys.containsKey(field + ".default");
	}
}
