package org.leoprotocol.shared.database;

import java.nio.file.Path;
import java.sql.Connection;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseRecoveryTests}: starts the embedded database in the given directory,
 * commits a row, says so, and waits to be killed with SIGKILL, as a crashed Leo would be.
 */
final class AbandonedDatabase {

	private AbandonedDatabase() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(Path.of(args[0]), Path.of(args[1]),
				false);
		EmbeddedPostgres postgres = configuration.embeddedPostgres(properties);
		DataSource dataSource = EmbeddedDatabaseConfiguration.ownerDataSource(postgres, properties);
		try (Connection connection = dataSource.getConnection()) {
			connection.createStatement().execute("create table note (text text)");
			connection.createStatement().execute("insert into note values ('committed before the crash')");
		}
		System.out.println("COMMITTED");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
