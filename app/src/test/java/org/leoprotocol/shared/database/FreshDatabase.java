package org.leoprotocol.shared.database;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.leoprotocol.shared.DatabaseBackup;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A second, brand-new installation's database for restore tests: an embedded cluster in its own directory, set up and
 * migrated exactly as Leo's first start does (roles, SCRAM, migrations as the owner, the running role's grants).
 */
public final class FreshDatabase implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private FreshDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	public static FreshDatabase in(Path directory) throws IOException {
		EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(directory,
				Path.of(System.getProperty("java.io.tmpdir"), "..", "postgres-server"), true);
		EmbeddedPostgres postgres = configuration.embeddedPostgres(properties);
		Flyway.configure().dataSource(postgres.getJdbcUrl(DatabaseRoles.OWNER, EmbeddedDatabaseConfiguration.DATABASE),
				DatabaseRoles.OWNER, DatabasePasswords.keptIn(directory).owner())
			.locations("classpath:db/migration")
			.callbacks(new RunningRoleGrants(DatabaseRoles.RUNNING)).load().migrate();
		return new FreshDatabase(postgres);
	}

	public DatabaseBackup backup() {
		return new SnapshotBackup(postgres.getDatabase("postgres", EmbeddedDatabaseConfiguration.DATABASE));
	}

	/** Reads as the superuser, who sees every table. */
	public JdbcClient jdbc() {
		return JdbcClient.create(postgres.getDatabase("postgres", EmbeddedDatabaseConfiguration.DATABASE));
	}

	/** The table's rows as {@code COPY} writes them, in storage order. */
	public String copyOut(String table, String columns) throws java.sql.SQLException, IOException {
		try (var connection = postgres.getDatabase("postgres", EmbeddedDatabaseConfiguration.DATABASE)
			.getConnection()) {
			var out = new java.io.ByteArrayOutputStream();
			connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
				.copyOut("copy public.\"" + table + "\" (" + columns + ") to stdout", out);
			return out.toString(java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}
}
