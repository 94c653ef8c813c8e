package org.leoprotocol.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every schema Leo has released that Flyway's default order would refuse to upgrade (and the oldest and the newest),
 * built with data as that release built it, upgrades to the current schema with the configuration Leo starts with
 * ({@link MigrationOrder}): nothing refused, no row lost, and the upgraded schema has exactly the tables, columns,
 * indexes and triggers of a database created today.
 */
class SchemaUpgradeTests {

	static final ReleasedSchemas SCHEMAS = ReleasedSchemas.read();

	@TempDir
	static Path directory;

	static EmbeddedPostgres postgres;
	static DataSource dataSource;
	static SchemaShape current;

	@BeforeAll
	static void startWithATodaysSchema() throws IOException {
		postgres = new EmbeddedDatabaseConfiguration().embeddedPostgres(new EmbeddedDatabaseProperties(
				directory.resolve("db"), Path.of(System.getProperty("java.io.tmpdir"), "..", "postgres-server"), true));
		dataSource = postgres.getPostgresDatabase();
		JdbcClient.create(dataSource).sql("create extension if not exists pg_trgm schema public").update();
		asLeoStarts("current").migrate();
		current = SchemaShape.of(dataSource, "current");
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	static Stream<ReleasedSchemas.Release> releases() {
		return SCHEMAS.upgradeStarts().stream();
	}

	@ParameterizedTest(name = "from release {0}")
	@MethodSource("releases")
	void aDatabaseOfThisReleaseUpgradesWithItsData(ReleasedSchemas.Release release) throws Exception {
		String schema = "release_" + release.commit().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
		Flyway.configure().dataSource(dataSource).schemas(schema).locations("filesystem:" + migrationsOf(release))
			.load().migrate();
		OldRecords.writeInto(dataSource, schema);
		Map<String, Long> before = OldRecords.count(dataSource, schema);

		asLeoStarts(schema).migrate();

		assertThat(asLeoStarts(schema).info().pending()).isEmpty();
		assertThat(OldRecords.count(dataSource, schema)).containsAllEntriesOf(before);
		SchemaShape upgraded = SchemaShape.of(dataSource, schema);
		assertThat(upgraded.differencesFrom(current)).isEmpty();
	}

	private static Flyway asLeoStarts(String schema) {
		FluentConfiguration configuration = Flyway.configure().dataSource(dataSource).schemas(schema)
			.locations("classpath:db/migration");
		new MigrationOrder().customize(configuration);
		return configuration.load();
	}

	private static Path migrationsOf(ReleasedSchemas.Release release) throws IOException {
		Set<BigDecimal> shipped = SCHEMAS.versionsUpTo(release);
		Path folder = Files.createDirectories(directory.resolve(release.commit()));
		for (BigDecimal version : shipped) {
			try (InputStream in = SchemaUpgradeTests.class
				.getResourceAsStream("/db/migration/" + SCHEMAS.file(version))) {
				Files.copy(in, folder.resolve(SCHEMAS.fileShippedAs(version)));
			}
		}
		return folder;
	}

	/** What a schema is made of, with the schema's own name taken out so that two schemas compare. */
	record SchemaShape(Set<String> columns, Set<String> indexes, Set<String> triggers) {

		/** What one schema has that the other lacks, each line marked with the side that has it. */
		List<String> differencesFrom(SchemaShape other) {
			return Stream.of(only("+", this, other), only("-", other, this)).flatMap(List::stream).toList();
		}

		private static List<String> only(String mark, SchemaShape in, SchemaShape notIn) {
			return Stream.of(minus(in.columns, notIn.columns), minus(in.indexes, notIn.indexes),
					minus(in.triggers, notIn.triggers))
				.flatMap(Set::stream).map(line -> mark + " " + line).toList();
		}

		private static Set<String> minus(Set<String> a, Set<String> b) {
			Set<String> rest = new TreeSet<>(a);
			rest.removeAll(b);
			return rest;
		}

		static SchemaShape of(DataSource dataSource, String schema) {
			JdbcClient jdbc = JdbcClient.create(dataSource);
			List<String> columns = jdbc
				.sql("""
						select c.table_name || '.' || c.column_name || ' ' || c.data_type || ' ' || c.is_nullable
						from information_schema.columns c join information_schema.tables t
						  on t.table_schema = c.table_schema and t.table_name = c.table_name
						where c.table_schema = ? and t.table_type = 'BASE TABLE' and c.table_name <> 'flyway_schema_history'""")
				.param(schema).query(String.class).list();
			List<String> indexes = jdbc
				.sql("select tablename || ': ' || replace(indexdef, ? || '.', '') from pg_indexes "
						+ "where schemaname = ? and tablename <> 'flyway_schema_history'")
				.param(schema).param(schema).query(String.class).list();
			List<String> triggers = jdbc
				.sql("select event_object_table || '.' || trigger_name || ' ' || event_manipulation "
						+ "from information_schema.triggers where trigger_schema = ?")
				.param(schema).query(String.class).list();
			return new SchemaShape(new TreeSet<>(columns), new TreeSet<>(indexes), new TreeSet<>(triggers));
		}
	}

	/** A few records of the kinds the oldest releases already kept, written as those releases' schemas allow. */
	static final class OldRecords {

		private static final Map<String, String> INSERTS = Map.of(
				"unit", "insert into %s.unit (id, code, name) values (gen_random_uuid(), 'PATROL-OLD', 'Patrol')",
				"officer",
				"insert into %s.officer (id, agency_code, badge_number, first_name, last_name, rank, status, "
						+ "created_at) values (gen_random_uuid(), 'CITY', '9001', 'Ada', 'Older', 'OFFICER', 'ACTIVE', now())",
				"audit_event", "insert into %s.audit_event (id, occurred_at, actor, actor_kind, action, component, "
						+ "outcome) values (gen_random_uuid(), now(), 'someone', 'STAFF', 'READ', 'personnel', 'SUCCESS')",
				"complaint", "insert into %s.complaint (id, tracking_code, access_key_hash, kind, stage, filed_for, "
						+ "about_a_child, anonymous, narrative, received_at) values (gen_random_uuid(), 'OLD-0001', "
						+ "'\\x00', 'COMPLAINT', 'RECEIVED', 'SELF', false, false, 'Filed before the upgrade.', now())",
				"complaint_stage_change",
				"insert into %s.complaint_stage_change (complaint_id, stage, changed_at, note) "
						+ "select id, 'RECEIVED', now(), 'received' from %<s.complaint");

		private static final List<String> ORDER = List.of("unit", "officer", "audit_event", "complaint",
				"complaint_stage_change");

		static void writeInto(DataSource dataSource, String schema) throws SQLException {
			JdbcClient jdbc = JdbcClient.create(dataSource);
			for (String table : ORDER) {
				if (exists(jdbc, schema, table)) {
					jdbc.sql(INSERTS.get(table).formatted(schema)).update();
				}
			}
		}

		static Map<String, Long> count(DataSource dataSource, String schema) {
			JdbcClient jdbc = JdbcClient.create(dataSource);
			Map<String, Long> counts = new TreeMap<>();
			for (String table : ORDER) {
				if (exists(jdbc, schema, table)) {
					counts.put(table,
							jdbc.sql("select count(*) from %s.%s".formatted(schema, table)).query(Long.class).single());
				}
			}
			return counts;
		}

		private static boolean exists(JdbcClient jdbc, String schema, String table) {
			return jdbc.sql("select count(*) from information_schema.tables where table_schema = ? and table_name = ?")
				.param(schema).param(table).query(Long.class).single() > 0;
		}
	}
}
