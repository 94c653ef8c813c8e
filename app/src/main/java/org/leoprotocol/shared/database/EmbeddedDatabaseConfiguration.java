package org.leoprotocol.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database of a single-machine installation: a PostgreSQL 17 server started by Leo itself, keeping its data
 * under {@code ./data}. It is used only when no {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL})
 * is configured; with one, Leo connects to that server and starts nothing.
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
		return EmbeddedPostgres.builder()
			.setDataDirectory(properties.dataDirectory())
			.setCleanDataDirectory(properties.ephemeral())
			.setOverrideWorkingDirectory(properties.serverDirectory().toFile())
			.setRegisterShutdownHook(false)
			.setServerConfig("unix_socket_directories", "")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", properties.ephemeral() ? "off" : "on")
			.setServerConfig("max_connections", "100")
			.start();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
		createDatabaseIfMissing(postgres);
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("leo-embedded");
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(20);
		return dataSource;
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			try (var result = exists.executeQuery()) {
				if (!result.next()) {
					connection.createStatement().execute("create database " + DATABASE);
				}
			}
		}
	}
}
