package org.leoprotocol.earlywarning.history.job;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.earlywarning.HistoryImport;
import org.leoprotocol.earlywarning.HistoryImportPagesIntegrationTests;
import org.leoprotocol.earlywarning.HistoryImportReport;
import org.leoprotocol.earlywarning.history.HistoryMapping;
import org.leoprotocol.earlywarning.web.EarlyWarningRoutes;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.ClusterLock;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nodes are identical: an import started on one node is seen from any other, with its progress, its report and every
 * rejected row, each reason a sentence said in the language of whoever reads or downloads it; a job whose node stopped
 * reads as interrupted, asking the administrator to start it again.
 */
@LeoIntegrationTest
class ImportJobTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@TempDir
	Path directory;

	@Autowired
	ImportJobs firstNode;
	@Autowired
	HistoryImport historyImport;
	@Autowired
	ClusterLock lock;
	@Autowired
	Clock clock;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	JdbcTemplate template;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	MessageSource messages;
	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;

	/** A second node on the same database: its own jobs, records and worker, sharing nothing with the first. */
	private ImportJobs secondNode() {
		RejectedRows rows = new RejectedRows(jdbc, template);
		return new ImportJobs(historyImport, clock, lock, new ImportJobRecords(jdbc, rows), rows, transactions);
	}

	@Test
	void aJobStartedOnOneNodeIsSeenWithItsProgressReportAndRejectedRowsOnAnother() throws IOException {
		HistoryMapping mapping = historyImport.readUploaded("nodes.properties",
				HistoryImportPagesIntegrationTests.MAPPING.formatted("SPRINGFIELD-NODES"));
		Path upload = directory.resolve("upload");
		Files.writeString(upload, """
				emp_no,surname,rank,case,opened,closed,type,outcome
				N1,Smith,Officer,NIA-1,2024-01-05,2024-03-01,Use of Force,Not Sustained
				N1,Smith,Officer,NIA-2,2024-02-05,2024-04-01,Rudeness,Founded
				N2,Jones,Officer,NIA-3,2024-02-07,2024-05-01,Rudeness,Lost
				""", StandardCharsets.UTF_8);
		long size = Files.size(upload);

		UUID id = firstNode.start(mapping, List.of(upload), List.of("springfield.csv"), "admin");
		ImportJobs second = secondNode();

		assertThat(second.recent()).extracting(ImportJob::id).contains(id);
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
			.until(() -> second.job(id).orElseThrow().state() != ImportState.RUNNING);
		ImportJob seen = second.job(id).orElseThrow();
		assertThat(seen.state()).isEqualTo(ImportState.DONE);
		assertThat(seen.fileName()).isEqualTo("springfield.csv");
		assertThat(seen.startedBy()).isEqualTo("admin");
		assertThat(seen.bytesRead()).isEqualTo(size);
		assertThat(seen.percent()).isEqualTo(100);
		assertThat(seen.lastProgress().key()).isEqualTo("historyimport.progress.recomputed");
		assertThat(seen.report().agency()).isEqualTo("SPRINGFIELD-NODES");
		assertThat(seen.report().created()).isEqualTo(2);
		assertThat(seen.report().rejected()).isEqualTo(1);
		assertThat(seen.report().problems()).extracting(HistoryImportReport.Problem::row).containsExactly(4L);
		assertThat(messages.getMessage(seen.report().summary(), SPANISH))
			.isEqualTo(messages.getMessage(firstNode.job(id).orElseThrow().report().summary(), SPANISH));
		assertThat(downloaded(second, id, Locale.ENGLISH)).startsWith("row,problem")
			.contains("4,finding 'Lost' is not in the mapping nodes");
		assertThat(downloaded(second, id, SPANISH)).contains("4,la resolución 'Lost' no está en el mapeo nodes");
		assertThat(upload).doesNotExist();
	}

	@Test
	void aRunningJobWhoseNodeStoppedReadsAsInterrupted() throws Exception {
		ImportJobs second = secondNode();
		UUID silent = started("stopped-node");
		UUID beating = started("live-node");
		jdbc.sql("update ew_import_job set heartbeat_at = now() - interval '10 minutes' where id = :id")
			.param("id", silent).update();

		ImportJob stopped = second.job(silent).orElseThrow();
		assertThat(stopped.state()).isEqualTo(ImportState.FAILED);
		assertThat(stopped.failure()).isEqualTo(Sentence.ofText(ImportJobRecords.INTERRUPTED, "stopped-node"));
		assertThat(messages.getMessage(stopped.failure(), Locale.ENGLISH)).contains("(stopped-node) stopped")
			.endsWith("start the import again.");
		assertThat(messages.getMessage(stopped.failure(), SPANISH)).contains("vuelva a iniciar la importación");
		assertThat(firstNode.job(silent).orElseThrow().state()).isEqualTo(ImportState.FAILED);
		assertThat(second.job(beating).orElseThrow().state()).isEqualTo(ImportState.RUNNING);
		assertThat(mvc.perform(get(EarlyWarningRoutes.importJob(silent) + "/progress").header("Accept-Language", "es")
			.with(as(staff, Role.ADMIN))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("(stopped-node) se detuvo").doesNotContain("hx-trigger");
	}

	@Test
	void theRejectedRowsDownloadInTheLanguageOfWhoeverDownloadsThemInTheOrderFound() throws IOException {
		UUID id = started("here");
		RunningImport job = running(id);
		job.problem(new HistoryImportReport.Problem(4, null,
				Sentence.ofText("historyimport.row.finding", "Lost", "springfield")));
		job.problem(new HistoryImportReport.Problem(7, "accused.csv",
				Sentence.ofText("historyimport.row.officer", "E9", "roster.csv")));
		job.finish(report(2));

		assertThat(downloaded(secondNode(), id, Locale.ENGLISH)).isEqualTo("""
				row,problem\r
				4,finding 'Lost' is not in the mapping springfield; add it to one of the finding.* lines\r
				7,accused.csv: officer E9 is not in roster.csv\r
				""");
		assertThat(downloaded(secondNode(), id, SPANISH))
			.contains("4,la resolución 'Lost' no está en el mapeo springfield; añádala a una de las líneas finding.*")
			.contains("7,accused.csv: el agente E9 no está en roster.csv");
	}

	@Test
	void aReasonKeepsItsSeparatorsAndNeverRunsAsASpreadsheetFormula() throws IOException {
		UUID id = started("here");
		RunningImport job = running(id);
		job.problem(new HistoryImportReport.Problem(2, null, Sentence.ofText("historyimport.row.database", "x|y")));
		job.problem(new HistoryImportReport.Problem(3, null, new Sentence("=1+1", List.of())));
		job.finish(report(2));

		assertThat(downloaded(firstNode, id, Locale.ENGLISH)).contains("2,the database refused the row: x|y")
			.contains("3,'=1+1");
	}

	@Test
	void manyRejectedRowsAreKeptInBatchesAndAllDownloadWhileTheReportListsTheFirstThousand() throws IOException {
		UUID id = started("here");
		RunningImport job = running(id);
		int many = RunningImport.BATCH * 2 + RejectedRows.PAGE + 7;
		for (int row = 2; row < many + 2; row++) {
			job.problem(new HistoryImportReport.Problem(row, null,
					Sentence.ofText("historyimport.row.database", "row " + row)));
		}
		job.finish(report(many));

		ImportJob done = secondNode().job(id).orElseThrow();
		assertThat(done.report().problems()).hasSize(RejectedRows.LISTED);
		assertThat(done.report().problems().get(0).row()).isEqualTo(2);
		List<String> lines = downloaded(secondNode(), id, Locale.ENGLISH).lines().toList();
		assertThat(lines).hasSize(many + 1);
		assertThat(lines.get(1)).startsWith("2,");
		assertThat(lines.get(many)).startsWith((many + 1) + ",");
	}

	@Test
	void progressAndWhyAJobStoppedAreSentencesEveryNodeReads() {
		UUID id = started("here");
		ImportJobs second = secondNode();
		assertThat(second.job(id).orElseThrow().lastProgress())
			.isEqualTo(Sentence.of("historyimport.progress.waiting"));

		RunningImport job = running(id);
		job.progress(Sentence.ofText("historyimport.progress.rows", "5000"));
		assertThat(messages.getMessage(second.job(id).orElseThrow().lastProgress(), SPANISH))
			.isEqualTo("5000 filas leídas");
		job.fail(Sentence.ofText("historyimport.job.failed", "disk full"));
		ImportJob failed = second.job(id).orElseThrow();
		assertThat(failed.state()).isEqualTo(ImportState.FAILED);
		assertThat(messages.getMessage(failed.failure(), Locale.ENGLISH))
			.isEqualTo("The import stopped: disk full. Nothing of it was stored; import the files again once the cause "
					+ "is fixed.");
	}

	private UUID started(String node) {
		UUID id = UUID.randomUUID();
		new ImportJobRecords(jdbc, new RejectedRows(jdbc, template)).start(id, "springfield",
				"accused.csv, roster.csv", 100, "admin", Instant.parse("2026-01-05T10:00:00Z"), node);
		return id;
	}

	private RunningImport running(UUID id) {
		RejectedRows rows = new RejectedRows(jdbc, template);
		return new RunningImport(id, new ImportJobRecords(jdbc, rows), rows, new TransactionTemplate(transactions));
	}

	private static HistoryImportReport report(long rejected) {
		return new HistoryImportReport("SPRINGFIELD", 0, 0, 0, rejected, List.of(), null, 0, 0, List.of(), List.of(),
				List.of(), List.of());
	}

	private String downloaded(ImportJobs node, UUID id, Locale locale) throws IOException {
		StringWriter out = new StringWriter();
		node.writeProblems(id, out, sentence -> messages.getMessage(sentence, locale));
		return out.toString();
	}
}
