package org.leoprotocol.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data directory made by a Leo from before the roles (every local connection trusted, every object owned by
 * {@code postgres}) is brought over at the next start: objects pass to the owner role, passwords are generated and kept
 * readable by their owner only, and a connection without a password is refused.
 */
class TrustClusterUpgradeTests {

	@TempDir
	Path directory;

	@Test
	void anOldTrustingDataDirectoryIsMigratedToPasswordedRoles() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(directory,
				Path.of(System.getProperty("java.io.tmpdir"), "..", "postgres-server"), false);
		Files.createDirectories(properties.dataDirectory());
		try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(properties.dataDirectory())
			.setOverrideWorkingDirectory(properties.serverDirectory().toFile()).setCleanDataDirectory(false).start()) {
			try (Connection admin = old.getPostgresDatabase().getConnection()) {
				admin.createStatement().execute("create database leo");
			}
			try (Connection leo = old.getDatabase("postgres", "leo").getConnection()) {
				leo.createStatement()
					.execute("create table audit_event (position bigint generated always as identity, detail text)");
				leo.createStatement().execute("insert into audit_event (detail) values ('from before')");
			}
		}

		try (EmbeddedPostgres upgraded = new EmbeddedDatabaseConfiguration().embeddedPostgres(properties)) {
			assertThat(Files.getPosixFilePermissions(DatabasePasswords.file(directory)))
				.containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
						java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
			try (Connection owner = EmbeddedDatabaseConfiguration.ownerDataSource(upgraded, properties).getConnection();
					var result = owner.createStatement().executeQuery(
							"select pg_get_userbyid(relowner), (select detail from audit_event) from pg_class where relname = 'audit_event'")) {
				result.next();
				assertThat(result.getString(1)).isEqualTo(DatabaseRoles.OWNER);
				assertThat(result.getString(2)).isEqualTo("from before");
			}
			assertThatThrownBy(() -> DriverManager.getConnection(upgraded.getJdbcUrl("postgres", "leo")))
				.hasMessageContaining("password");
		}
	}
}
