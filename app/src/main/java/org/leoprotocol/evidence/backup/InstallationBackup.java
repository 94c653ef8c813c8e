package org.leoprotocol.evidence.backup;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.leoprotocol.audit.AuditIntegrity;
import org.leoprotocol.audit.AuditIntegrityReport;
import org.leoprotocol.evidence.custody.CustodyLedger;
import org.leoprotocol.evidence.EvidenceProperties;
import org.leoprotocol.evidence.custody.LedgerVerification;
import org.leoprotocol.evidence.custody.VerifyAuditCommand;
import org.leoprotocol.shared.DatabaseBackup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A whole installation in one directory: {@code database/} (every table, in one snapshot), {@code evidence/} (the
 * blobs) and {@code keys/} (the installation's signing key file and the newest witnessed checkpoint kept beside it,
 * {@link org.leoprotocol.evidence.custody.LedgerKey}). The database is copied first, so every blob it names was already
 * kept (blobs never change once kept). Before copying, the audit chain is sealed and a tree head signed, so the backup
 * carries proofs up to its own moment. A restore ends with the full verification: row counts against the backup's, the
 * custody ledger with every blob re-hashed, and the audit chain against the ledger. A finished backup is recorded
 * ({@code installation_backup}: when, where, how much) so that the administrator's home can say when the last one was
 * taken ({@link org.leoprotocol.evidence.custody.LedgerHealth}).
 */
@Component
public class InstallationBackup {

	private final ObjectProvider<DatabaseBackup> database;
	private final EvidenceProperties properties;
	private final CustodyLedger ledger;
	private final AuditIntegrity audit;
	private final LedgerVerification ledgerVerification;
	private final VerifyAuditCommand auditVerification;
	private final JdbcClient jdbc;
	private final Clock clock;

	InstallationBackup(ObjectProvider<DatabaseBackup> database, EvidenceProperties properties, CustodyLedger ledger,
			AuditIntegrity audit, LedgerVerification ledgerVerification, VerifyAuditCommand auditVerification,
			JdbcClient jdbc, Clock clock) {
		this.database = database;
		this.properties = properties;
		this.ledger = ledger;
		this.audit = audit;
		this.ledgerVerification = ledgerVerification;
		this.auditVerification = auditVerification;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean available() {
		return database.getIfAvailable() != null;
	}

	void backup(Path directory, PrintWriter out) throws IOException {
		audit.seal();
		ledger.publishHead();
		Map<String, Long> rows = database.getObject().dump(directory.resolve("database"));
		long databaseRows = rows.values().stream().mapToLong(Long::longValue).sum();
		out.println("Database: " + rows.size() + " tables, " + databaseRows + " rows");
		long[] files = copyTree(properties.directory(), directory.resolve("evidence"));
		out.println("Evidence store: " + files[0] + " files, " + files[1] + " bytes");
		long[] keys = copyTree(keyFolder(), directory.resolve("keys"));
		out.println("Signing key folder: " + keys[0] + " files");
		jdbc.sql("""
				insert into installation_backup (finished_at, directory, database_rows, evidence_files, evidence_bytes)
				values (:at, :directory, :rows, :files, :bytes)""")
			.param("at", Timestamp.from(clock.instant()))
			.param("directory", directory.toAbsolutePath().normalize().toString())
			.param("rows", databaseRows).param("files", files[0]).param("bytes", files[1])
			.update();
	}

	private Path keyFolder() {
		return properties.keyFile().toAbsolutePath().getParent();
	}

	/** Restores and verifies; whether everything checked out. */
	boolean restore(Path directory, PrintWriter out) throws IOException {
		Map<String, Long> rows = database.getObject().load(directory.resolve("database"));
		java.util.Properties manifest = new java.util.Properties();
		try (var in = Files.newBufferedReader(directory.resolve("database").resolve("manifest.properties"))) {
			manifest.load(in);
		}
		List<String> mismatched = rows.entrySet().stream()
			.filter(e -> !Long.toString(e.getValue()).equals(manifest.getProperty("table." + e.getKey() + ".rows")))
			.map(Map.Entry::getKey).toList();
		out.println("Database: " + rows.size() + " tables, " + rows.values().stream().mapToLong(Long::longValue).sum()
				+ " rows restored; " + (mismatched.isEmpty() ? "every table's row count matches the backup"
						: "row counts differ in " + mismatched));
		long[] files = copyTree(directory.resolve("evidence"), properties.directory());
		out.println("Evidence store: " + files[0] + " files, " + files[1] + " bytes restored");
		long[] keys = copyTree(directory.resolve("keys"), keyFolder());
		out.println("Signing key folder: " + keys[0] + " files restored");
		LedgerVerification.Report custody = ledgerVerification.verify(true);
		out.println("Custody ledger: " + custody.events() + " events, " + custody.signedHeads() + " signed heads, "
				+ custody.blobs() + " blobs re-hashed"
				+ (custody.intact() ? ": INTACT" : ": " + custody.problems().size() + " problem(s)"));
		custody.problems().forEach(problem -> out.println("  " + problem));
		AuditIntegrityReport trail = auditVerification.verify();
		trail.lines().forEach(out::println);
		return mismatched.isEmpty() && custody.intact() && trail.intact();
	}

	private static long[] copyTree(Path from, Path to) throws IOException {
		long[] counted = new long[2];
		if (!Files.isDirectory(from)) {
			return counted;
		}
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path source : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else if (Files.isRegularFile(source)) {
					Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
					counted[0]++;
					counted[1] += Files.size(target);
				}
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		return counted;
	}
}
