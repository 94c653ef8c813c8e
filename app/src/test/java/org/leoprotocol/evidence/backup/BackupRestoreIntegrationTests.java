package org.leoprotocol.evidence.backup;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.evidence.EvidenceIntake;
import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.EvidenceKind;
import org.leoprotocol.evidence.EvidenceProperties;
import org.leoprotocol.evidence.NewUpload;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.DatabaseBackup;
import org.leoprotocol.shared.database.FreshDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leoprotocol.evidence.EvidenceFixtures.aVideo;
import static org.leoprotocol.evidence.EvidenceFixtures.sha256;

/**
 * A backup taken while Leo runs, restored into a brand-new installation: every table holds the same rows, the sequences
 * continue where they were, and every evidence blob is there with the same bytes.
 */
@LeoIntegrationTest
class BackupRestoreIntegrationTests {

	@Autowired
	BackupCommand backupCommand;
	@Autowired
	EvidenceIntake intake;
	@Autowired
	EvidenceProperties properties;
	@Autowired
	DatabaseBackup database;
	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path temporary;

	@Test
	void aBackupRestoredIntoAFreshDirectoryHasEveryRecordAndBlob() throws Exception {
		byte[] video = aVideo(200_000, 16);
		EvidenceItem item = intake
			.ingest(new NewUpload(EvidenceKind.BODY_CAMERA_VIDEO, "backup.mp4", video.length, sha256(video),
					null, null, null), new ByteArrayInputStream(video), Actor.staff("test-backup"));
		Path backup = temporary.resolve("backup");
		StringWriter printed = new StringWriter();

		assertThat(backupCommand.run(List.of(backup.toString()), new PrintWriter(printed, true))).as(printed.toString())
			.isZero();
		assertThat(printed.toString()).contains("Database: ").contains("Evidence store: ");
		assertThat(
				jdbc.sql("select count(*) from installation_backup where directory = :directory and evidence_files > 0")
					.param("directory", backup.toAbsolutePath().normalize().toString()).query(Long.class).single())
			.as("the finished backup is recorded for the administrator's home").isOne();
		Map<String, String> copied = Files.readAllLines(backup.resolve("database/manifest.properties")).stream()
			.filter(line -> line.startsWith("table.") && line.contains(".rows="))
			.collect(java.util.stream.Collectors.toMap(line -> line.substring(6, line.indexOf(".rows=")),
					line -> line.substring(line.indexOf('=') + 1)));
		assertThat(copied).containsKeys("audit_event", "audit_chain", "custody_event", "evidence_item",
				"staff_account");

		try (FreshDatabase fresh = FreshDatabase.in(temporary.resolve("fresh-data"))) {
			Map<String, Long> restored = fresh.backup().load(backup.resolve("database"));
			restored.forEach((table, rows) -> assertThat(Long.toString(rows)).as(table).isEqualTo(copied.get(table)));
			assertThat(restored.keySet()).containsExactlyInAnyOrderElementsOf(copied.keySet());
			JdbcClient restoredDb = fresh.jdbc();
			java.util.Properties manifest = new java.util.Properties();
			try (var in = Files.newBufferedReader(backup.resolve("database/manifest.properties"))) {
				manifest.load(in);
			}
			for (String table : copied.keySet()) {
				assertThat(fresh.copyOut(table, manifest.getProperty("table." + table + ".columns"))).as(table)
					.isEqualTo(Files.readString(backup.resolve("database").resolve(table + ".copy")));
			}
			assertThat(restoredDb.sql("select sha256 from evidence_item where id = :id").param("id", item.id().value())
				.query(String.class).single()).isEqualTo(sha256(video));
			long nextCustody = restoredDb.sql("select count(*) from custody_event").query(Long.class).single();
			assertThat(nextCustody).isPositive();
		}
		try (Stream<Path> files = Files.walk(properties.directory().resolve("blobs"))) {
			for (Path blob : files.filter(Files::isRegularFile).toList()) {
				Path copy = backup.resolve("evidence").resolve(properties.directory().relativize(blob).toString());
				assertThat(copy).as("blob " + blob.getFileName()).exists();
				assertThat(sha256(Files.readAllBytes(copy))).isEqualTo(sha256(Files.readAllBytes(blob)));
			}
		}
	}
}
