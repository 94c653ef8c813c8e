package org.leoprotocol.earlywarning.history.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.leoprotocol.earlywarning.HistoryImportReport;

/**
 * A finished import's report as the columns of {@code ew_import_job}: its counts as numbers, the reasons it was
 * refused, its warnings and the codes no vocabulary line names as JSON, each reason and warning a message key with its
 * arguments so that every reader words them in their own language. The rejected rows are not here but in
 * {@link RejectedRows}.
 */
final class StoredReport {

	/** Plain JSON, not the API's: a sentence is kept as its key and arguments, never said in one language. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private StoredReport() {
	}

	/** The report's columns by name, as the update that finishes a job sets them. */
	static Map<String, Object> columns(HistoryImportReport report) {
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("agency", report.agency());
		columns.put("created", report.created());
		columns.put("changed", report.changed());
		columns.put("unchanged", report.unchanged());
		columns.put("rejected", report.rejected());
		columns.put("officers", report.officers());
		columns.put("complaints", report.complaints());
		columns.put("file_problem", report.fileProblem());
		columns.put("refusal", JSON.writeValueAsString(report.refusal()));
		columns.put("warned", JSON.writeValueAsString(report.warned()));
		columns.put("warnings", JSON.writeValueAsString(report.warnings()));
		columns.put("unmapped", JSON.writeValueAsString(report.unmapped()));
		return columns;
	}

	/** The report of the job on this row, with the rejected rows given; null while the job has none. */
	static HistoryImportReport read(ResultSet rs, List<HistoryImportReport.Problem> problems) throws SQLException {
		if (rs.getObject("rejected") == null) {
			return null;
		}
		return new HistoryImportReport(rs.getString("agency"), rs.getLong("created"), rs.getLong("changed"),
				rs.getLong("unchanged"), rs.getLong("rejected"), problems, rs.getString("file_problem"),
				rs.getLong("officers"), rs.getLong("complaints"),
				JSON.readValue(rs.getString("unmapped"), new TypeReference<List<HistoryImportReport.UnmappedCode>>() {
				}), JSON.readValue(rs.getString("warnings"), new TypeReference<List<String>>() {
				}), JSON.readValue(rs.getString("refusal"), new TypeReference<List<HistoryImportReport.Refusal>>() {
				}), JSON.readValue(rs.getString("warned"), new TypeReference<List<HistoryImportReport.Warning>>() {
				}));
	}
}
