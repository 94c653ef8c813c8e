package org.leoprotocol.earlywarning.history;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.shared.phrase.Sentence;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A background import keeps each rejected row's reason as a sentence, so the administrator who downloads the rejected
 * rows reads them in their own language, whoever started the import; its progress line and why it stopped are sentences
 * too.
 */
class ImportJobTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@TempDir
	Path directory;

	private ImportJob job() throws IOException {
		return new ImportJob(UUID.randomUUID(), "springfield", "accused.csv, roster.csv", 100, "admin",
				Instant.parse("2026-01-05T10:00:00Z"), directory.resolve("problems.csv"));
	}

	@Test
	void theRejectedRowsDownloadInTheLanguageOfWhoeverDownloadsThem() throws IOException {
		ImportJob job = job();
		job.problem(new HistoryImportReport.Problem(4, null,
				Sentence.ofText("historyimport.row.finding", "Lost", "springfield")));
		job.problem(new HistoryImportReport.Problem(7, "accused.csv",
				Sentence.ofText("historyimport.row.officer", "E9", "roster.csv")));
		job.finish(null);

		assertThat(downloaded(job, Locale.ENGLISH)).isEqualTo("""
				row,problem\r
				4,finding 'Lost' is not in the mapping springfield; add it to one of the finding.* lines\r
				7,accused.csv: officer E9 is not in roster.csv\r
				""");
		assertThat(downloaded(job, SPANISH))
			.contains("4,la resolución 'Lost' no está en el mapeo springfield; añádala a una de las líneas finding.*")
			.contains("7,accused.csv: el agente E9 no está en roster.csv");
	}

	@Test
	void aReasonKeepsItsSeparatorsAndNeverRunsAsASpreadsheetFormula() throws IOException {
		ImportJob job = job();
		job.problem(new HistoryImportReport.Problem(2, null, Sentence.ofText("historyimport.row.database", "x|y")));
		job.problem(new HistoryImportReport.Problem(3, null, new Sentence("=1+1", List.of())));
		job.finish(null);

		assertThat(downloaded(job, Locale.ENGLISH)).contains("2,the database refused the row: x|y")
			.contains("3,'=1+1");
	}

	@Test
	void progressAndWhyAJobStoppedAreSentences() throws IOException {
		ImportJob job = job();

		assertThat(job.lastProgress()).isEqualTo(Sentence.of("historyimport.progress.waiting"));
		job.progress(Sentence.of("historyimport.progress.rows", "5000"));
		assertThat(HistoryMappingTests.ROWS.getMessage(job.lastProgress(), SPANISH)).isEqualTo("5000 filas leídas");
		job.fail(Sentence.ofText("historyimport.job.failed", "disk full"));
		assertThat(HistoryMappingTests.ROWS.getMessage(job.failure(), Locale.ENGLISH))
			.isEqualTo("The import stopped: disk full. Nothing of it was stored; import the files again once the cause "
					+ "is fixed.");
		assertThat(job.state()).isEqualTo(ImportState.FAILED);
	}

	private static String downloaded(ImportJob job, Locale locale) throws IOException {
		StringWriter out = new StringWriter();
		job.writeProblems(out, sentence -> HistoryMappingTests.ROWS.getMessage(sentence, locale));
		return out.toString();
	}
}
