package org.leoprotocol.shared.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database keeps its data across a clean restart and across a crash that leaves the PostgreSQL server of
 * the previous start running (what a {@code kill -9} of Leo leaves behind).
 */
class EmbeddedDatabaseRecoveryTests {

	@TempDir
	Path directory;

	final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

	@Test
	void dataSurvivesACleanRestart() throws Exception {
		EmbeddedDatabaseProperties properties = properties();
		try (EmbeddedPostgres first = configuration.embeddedPostgres(properties)) {
			write(first, "before restart");
		}
		try (EmbeddedPostgres second = configuration.embeddedPostgres(properties)) {
			assertThat(read(second)).isEqualTo("before restart");
		}
	}

	@Test
	void theNextStartStopsTheServerAKilledLeoLeftRunningAndKeepsCommittedData() throws Exception {
		EmbeddedDatabaseProperties properties = properties();
		Process crashed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), AbandonedDatabase.class.getName(), directory.toString(),
				properties.serverDirectory().toString())
			.redirectErrorStream(true).start();
		try (var output = new BufferedReader(new InputStreamReader(crashed.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(output.lines().filter(line -> line.contains("COMMITTED")).findFirst()).isPresent();
			crashed.destroyForcibly().waitFor();
		}
		long stalePid = Long
			.parseLong(Files.readAllLines(properties.dataDirectory().resolve("postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive)).contains(true);

		try (EmbeddedPostgres recovered = configuration.embeddedPostgres(properties)) {
			assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
			assertThat(read(recovered)).isEqualTo("committed before the crash");
		}
	}

	@Test
	void aSecondLeoOnTheSameDataIsRefusedAndTheRunningServerIsLeftAlone() throws Exception {
		EmbeddedDatabaseProperties properties = properties();
		try (EmbeddedPostgres running = configuration.embeddedPostgres(properties)) {
			write(running, "still served");

			assertThatThrownBy(() -> configuration.embeddedPostgres(properties)).isInstanceOf(DataDirectoryInUse.class)
				.hasMessageStartingWith("Another running Leo uses the database in");
			assertThat(read(running)).isEqualTo("still served");
		}
	}

	private EmbeddedDatabaseProperties properties() {
		return new EmbeddedDatabaseProperties(directory,
				Path.of(System.getProperty("java.io.tmpdir"), "..", "postgres-server"), false);
	}

	private void write(EmbeddedPostgres postgres, String text) throws SQLException {
		try (HikariDataSource dataSource = EmbeddedDatabaseConfiguration.ownerDataSource(postgres, properties());
				Connection connection = dataSource.getConnection()) {
			connection.createStatement().execute("create table if not exists note (text text)");
			connection.createStatement().execute("insert into note values ('" + text + "')");
		}
	}

	private String read(EmbeddedPostgres postgres) throws SQLException {
		try (HikariDataSource dataSource = EmbeddedDatabaseConfiguration.ownerDataSource(postgres, properties());
				Connection connection = dataSource.getConnection();
				var result = connection.createStatement().executeQuery("select text from note")) {
			result.next();
			return result.getString(1);
		}
	}
}
