package org.leoprotocol.bench.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import org.leoprotocol.evidence.EvidenceProperties;
import org.leoprotocol.evidence.custody.CustodyEvents;
import org.leoprotocol.evidence.custody.GroupCommit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A throw-away embedded PostgreSQL 17 with Leo's real schema (Flyway migrations from the app jar) and durable commits
 * ({@code fsync=on}, {@code synchronous_commit=on}), the way a production node writes.
 */
final class BenchDatabase implements AutoCloseable {

	final Path directory;
	final EmbeddedPostgres postgres;
	final HikariDataSource dataSource;
	final JdbcClient jdbc;
	final JdbcTemplate template;
	final TransactionTemplate transactions;

	private BenchDatabase(Path directory, EmbeddedPostgres postgres, HikariDataSource dataSource) {
		this.directory = directory;
		this.postgres = postgres;
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
		this.template = new JdbcTemplate(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	static BenchDatabase start() throws IOException {
		Path directory = Files.createTempDirectory("leo-bench");
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory.resolve("postgres"))
			.setCleanDataDirectory(true)
			.setOverrideWorkingDirectory(directory.resolve("server").toFile())
			.setServerConfig("unix_socket_directories", "")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.start();
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(20);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return new BenchDatabase(directory, postgres, dataSource);
	}

	EvidenceProperties properties(int batchSize) {
		return new EvidenceProperties(directory.resolve("evidence"), null, null, batchSize, null, null,
				directory.resolve("keys").resolve("ledger.key"), null, null, null, null, null);
	}

	GroupCommit groupCommit(int batchSize) {
		GroupCommit commits = new GroupCommit(new CustodyEvents(jdbc, template), transactions, Clock.systemUTC(),
				properties(batchSize));
		commits.start();
		return commits;
	}

	DataSource dataSource() {
		return dataSource;
	}

	@Override
	public void close() throws IOException {
		dataSource.close();
		postgres.close();
	}
}
