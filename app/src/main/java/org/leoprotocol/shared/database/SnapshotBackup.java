package org.leoprotocol.shared.database;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.leoprotocol.shared.DatabaseBackup;

/**
 * A logical copy of every table of the schema with PostgreSQL's {@code COPY}, taken as the superuser inside one
 * {@code REPEATABLE READ} transaction, so every table shows the same instant. {@code manifest.properties} records the
 * schema version, each table's columns and rows, and each sequence's position. Loading truncates the freshly migrated
 * tables and copies the rows back with triggers off ({@code session_replication_role = replica}, which only a superuser
 * may set), then puts every sequence back where it was.
 */
final class SnapshotBackup implements DatabaseBackup {

	private static final String MANIFEST = "manifest.properties";
	private static final String TABLES = """
			select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'flyway_schema_history' order by c.relname
			""";

	private final DataSource superuser;

	SnapshotBackup(DataSource superuser) {
		this.superuser = superuser;
	}

	@Override
	public Map<String, Long> dump(Path directory) throws IOException {
		Files.createDirectories(directory);
		Properties manifest = new Properties();
		Map<String, Long> rows = new TreeMap<>();
		try (Connection connection = superuser.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			manifest.setProperty("schema-version", schemaVersion(connection));
			for (String table : names(connection, TABLES)) {
				String columns = columns(connection, table);
				try (OutputStream out = new BufferedOutputStream(
						Files.newOutputStream(directory.resolve(table + ".copy")))) {
					rows.put(table, copy.copyOut("copy public.\"" + table + "\" (" + columns + ") to stdout", out));
				}
				manifest.setProperty("table." + table + ".columns", columns);
				manifest.setProperty("table." + table + ".rows", Long.toString(rows.get(table)));
			}
			for (String sequence : names(connection,
					"select relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
							+ "where n.nspname = 'public' and c.relkind = 'S'")) {
				manifest.setProperty("sequence." + sequence, single(connection,
						"select last_value || ',' || is_called from public.\"" + sequence + "\""));
			}
			connection.commit();
		}
		catch (SQLException ex) {
			throw new IOException("Could not copy the database: " + ex.getMessage(), ex);
		}
		try (Writer out = Files.newBufferedWriter(directory.resolve(MANIFEST))) {
			manifest.store(out, "Leo database backup: one COPY file per table, taken in one snapshot");
		}
		return rows;
	}

	@Override
	public Map<String, Long> load(Path directory) throws IOException {
		Properties manifest = new Properties();
		try (Reader in = Files.newBufferedReader(directory.resolve(MANIFEST))) {
			manifest.load(in);
		}
		Map<String, Long> rows = new TreeMap<>();
		try (Connection connection = superuser.getConnection(); Statement sql = connection.createStatement()) {
			connection.setAutoCommit(false);
			String version = schemaVersion(connection);
			if (!version.equals(manifest.getProperty("schema-version"))) {
				throw new IOException("The backup was made with database schema version "
						+ manifest.getProperty("schema-version")
						+ "; this Leo has version " + version + ". Restore it with the Leo release that made it.");
			}
			if (!single(connection,
					"select (select count(*) from (select 1 from audit_event where actor_kind = 'STAFF' limit 1) used)"
							+ " + (select count(*) from (select 1 from custody_event limit 1) ledger)")
				.equals("0")) {
				throw new IOException("This installation already holds records; restore into a fresh data directory");
			}
			sql.execute("set local session_replication_role = replica");
			sql.execute("truncate "
					+ String.join(", ", names(connection, TABLES).stream().map(t -> "public.\"" + t + "\"").toList()));
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (String table : tablesIn(manifest)) {
				try (InputStream in = new BufferedInputStream(
						Files.newInputStream(directory.resolve(table + ".copy")))) {
					copy.copyIn("copy public.\"" + table + "\" (" + manifest.getProperty("table." + table + ".columns")
							+ ") from stdin", in);
				}
				rows.put(table, Long.valueOf(single(connection, "select count(*) from public.\"" + table + "\"")));
			}
			for (String key : manifest.stringPropertyNames()) {
				if (key.startsWith("sequence.")) {
					String[] position = manifest.getProperty(key).split(",", -1);
					sql.execute("select setval('public.\"" + key.substring("sequence.".length()) + "\"', "
							+ Long.parseLong(position[0])
							+ ", " + Boolean.parseBoolean(position[1]) + ")");
				}
			}
			connection.commit();
		}
		catch (SQLException ex) {
			throw new IOException("Could not load the database: " + ex.getMessage(), ex);
		}
		return rows;
	}

	private static List<String> tablesIn(Properties manifest) {
		return manifest.stringPropertyNames().stream().filter(k -> k.startsWith("table.") && k.endsWith(".rows"))
			.map(k -> k.substring("table.".length(), k.length() - ".rows".length())).sorted().toList();
	}

	private static String schemaVersion(Connection connection) throws SQLException {
		return single(connection, "select version from flyway_schema_history where success and version is not null "
				+ "order by installed_rank desc limit 1");
	}

	private static String columns(Connection connection, String table) throws SQLException {
		return single(connection, "select string_agg(quote_ident(attname), ', ' order by attnum) from pg_attribute "
				+ "where attrelid = 'public.\"" + table
				+ "\"'::regclass and attnum > 0 and not attisdropped and attgenerated = ''");
	}

	private static List<String> names(Connection connection, String query) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement sql = connection.createStatement(); var result = sql.executeQuery(query)) {
			while (result.next()) {
				names.add(result.getString(1));
			}
		}
		return names;
	}

	private static String single(Connection connection, String query) throws SQLException {
		try (Statement sql = connection.createStatement(); var result = sql.executeQuery(query)) {
			if (!result.next()) {
				throw new UncheckedIOException(new IOException("No answer to " + query));
			}
			return result.getString(1);
		}
	}
}
