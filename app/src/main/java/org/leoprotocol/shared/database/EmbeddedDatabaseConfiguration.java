package org.leoprotocol.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.leoprotocol.shared.DatabaseBackup;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database of a single-machine installation: a PostgreSQL 17 server started by Leo itself, keeping its data under
 * {@code ./data}. It is used only when no {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) is
 * configured; with one, Leo connects to that server and starts nothing. Migrations run as the schema owner, Leo as the
 * less privileged running role ({@link DatabaseRoles}); every connection proves its password ({@link ScramOnly}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	static final String DATABASE = "leo";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		Files.createDirectories(properties.dataDirectory());
		Files.createDirectories(properties.serverDirectory());
		DataDirectoryInUse.checkFree(properties.dataDirectory());
		StalePostmaster.stopIfRunning(properties.dataDirectory());
		if (!properties.ephemeral() && ScramOnly.demandedIn(properties.dataDirectory())
				&& !Files.exists(DatabasePasswords.file(properties.directory()))) {
			throw new PasswordsMissing(DatabasePasswords.file(properties.directory()));
		}
		DatabasePasswords passwords = DatabasePasswords.keptIn(properties.directory());
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(properties.dataDirectory())
			.setCleanDataDirectory(properties.ephemeral())
			.setOverrideWorkingDirectory(properties.serverDirectory().toFile())
			.setRegisterShutdownHook(false)
			.setServerConfig("unix_socket_directories", "")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", properties.ephemeral() ? "off" : "on")
			.setServerConfig("max_connections", "100")
			.setConnectConfig("password", passwords.superuser())
			.start();
		try {
			DatabaseRoles.establish(postgres, passwords, DATABASE);
			ScramOnly.enforce(postgres, properties.dataDirectory());
		}
		catch (SQLException | RuntimeException ex) {
			postgres.close();
			throw new IllegalStateException("Could not set up the embedded database's roles", ex);
		}
		return postgres;
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties,
			@org.springframework.beans.factory.annotation.Value("${LEO_DB_POOL_SIZE:20}") int poolSize) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("leo-embedded");
		dataSource.setJdbcUrl(postgres.getJdbcUrl(DatabaseRoles.RUNNING, DATABASE));
		dataSource.setUsername(DatabaseRoles.RUNNING);
		dataSource.setPassword(DatabasePasswords.keptIn(properties.directory()).running());
		dataSource.setMaximumPoolSize(poolSize);
		return dataSource;
	}

	/** Flyway connects as the schema owner, which creates and alters what the running role may only use. */
	@Bean
	FlywayConfigurationCustomizer migrationsAsOwner(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		String password = DatabasePasswords.keptIn(properties.directory()).owner();
		return configuration -> configuration.dataSource(postgres.getJdbcUrl(DatabaseRoles.OWNER, DATABASE),
				DatabaseRoles.OWNER, password);
	}

	/** Backups and restores, as the cluster's superuser (only it may load rows with the triggers off). */
	@Bean
	DatabaseBackup databaseBackup(EmbeddedPostgres postgres) {
		return new SnapshotBackup(postgres.getDatabase("postgres", DATABASE));
	}

	/**
	 * A connection pool as the schema owner, for work that changes the schema or must read everything (backups, tests).
	 */
	static HikariDataSource ownerDataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("leo-owner");
		dataSource.setJdbcUrl(postgres.getJdbcUrl(DatabaseRoles.OWNER, DATABASE));
		dataSource.setUsername(DatabaseRoles.OWNER);
		dataSource.setPassword(DatabasePasswords.keptIn(properties.directory()).owner());
		dataSource.setMaximumPoolSize(4);
		dataSource.setMinimumIdle(0);
		return dataSource;
	}
}
