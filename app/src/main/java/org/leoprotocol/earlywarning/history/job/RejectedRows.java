package org.leoprotocol.earlywarning.history.job;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.shared.SpreadsheetSafe;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows an import rejected ({@code ew_import_rejected_row}), each kept with its line, its file when the export has
 * several, and its reason as a sentence ({@link Sentence#stored()}), numbered in the order they were found. They are
 * written in JDBC batches and read back a page at a time, so a file with a million bad rows is reported in full, and
 * downloaded as a CSV ({@code row,problem}) said in the downloader's own language, while the page lists only the first
 * {@value #LISTED}.
 */
@Repository
class RejectedRows {

	/** How many rejected rows a job's report lists; the CSV has them all. */
	static final int LISTED = 1000;

	/** How many rows the download reads from the database at a time. */
	static final int PAGE = 5000;

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	RejectedRows(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Keeps rejected rows in one batch, the first numbered {@code position}, the others after it. */
	void add(UUID job, long position, List<HistoryImportReport.Problem> problems) {
		List<Object[]> values = new java.util.ArrayList<>(problems.size());
		for (int i = 0; i < problems.size(); i++) {
			HistoryImportReport.Problem problem = problems.get(i);
			values.add(new Object[] { job, position + i, problem.row(), problem.file(), problem.reason().stored() });
		}
		batch.batchUpdate("""
				insert into ew_import_rejected_row (job_id, position, row_number, file, reason) values (?, ?, ?, ?, ?)
				""", values);
	}

	/**
	 * The job's rejected rows from {@code after} on (exclusive), in the order they were found, at most {@code limit}.
	 */
	List<Numbered> page(UUID job, long after, int limit) {
		return jdbc.sql("""
				select position, row_number, file, reason from ew_import_rejected_row
				where job_id = :job and position > :after order by position limit :limit
				""").param("job", job).param("after", after).param("limit", limit)
			.query((rs, n) -> new Numbered(rs.getLong(1), new HistoryImportReport.Problem(rs.getLong(2),
					rs.getString(3), Sentence.read(rs.getString(4)))))
			.list();
	}

	/** The rows the report lists: the first {@value #LISTED} found. */
	List<HistoryImportReport.Problem> listed(UUID job) {
		return page(job, -1, LISTED).stream().map(Numbered::problem).toList();
	}

	/**
	 * Writes the rejected rows as CSV ({@code row,problem}), each problem in the words {@code words} gives its
	 * sentence; a problem is written so that no spreadsheet runs it as a formula.
	 */
	void write(UUID job, Writer out, Function<Sentence, String> words) throws IOException {
		CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader("row", "problem").get().print(out);
		long after = -1;
		List<Numbered> page;
		do {
			page = page(job, after, PAGE);
			for (Numbered row : page) {
				csv.printRecord(row.problem().row(), SpreadsheetSafe.cell(words.apply(row.problem().message())));
				after = row.position();
			}
		}
		while (page.size() == PAGE);
		csv.flush();
	}

	/** A rejected row and its place among the job's rows. */
	record Numbered(long position, HistoryImportReport.Problem problem) {
	}
}
