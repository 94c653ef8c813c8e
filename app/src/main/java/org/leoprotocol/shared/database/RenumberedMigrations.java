package org.leoprotocol.shared.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * Migrations that shipped under one number and were renumbered, unchanged, by the next release. One release of
 * 2026-12-05 applied the protocol performer, amendment and escalation-delivery migrations as V66–V68; the release after
 * shipped the same files as V71–V73. A database of that release records the old numbers, which Flyway no longer finds,
 * and would then try to create the same tables again. Before Flyway reads the history, this moves each such row to the
 * migration's present number; the file, its description and its checksum are the same, so Flyway's validation still
 * proves nothing else changed.
 */
final class RenumberedMigrations implements Callback {

	static final List<MigrationRenumbering> HISTORY = List.of(
			new MigrationRenumbering("66", "71", "protocol performer and recorder"),
			new MigrationRenumbering("67", "72", "incident amendments"),
			new MigrationRenumbering("68", "73", "escalation delivery"));

	private static final Set<Event> BEFORE_HISTORY_IS_READ = Set.of(Event.BEFORE_VALIDATE, Event.BEFORE_MIGRATE,
			Event.BEFORE_INFO, Event.BEFORE_REPAIR);

	@Override
	public boolean supports(Event event, Context context) {
		return BEFORE_HISTORY_IS_READ.contains(event);
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		Connection connection = context.getConnection();
		String table = historyTable(context.getConfiguration());
		try {
			if (!exists(connection, table)) {
				return;
			}
			for (MigrationRenumbering renumbering : HISTORY) {
				try (PreparedStatement update = connection.prepareStatement("update " + table
						+ " set version = ?, script = ? where version = ? and description = ? and not exists "
						+ "(select 1 from " + table + " where version = ?)")) {
					update.setString(1, renumbering.now());
					update.setString(2, renumbering.script());
					update.setString(3, renumbering.shipped());
					update.setString(4, renumbering.description());
					update.setString(5, renumbering.now());
					update.executeUpdate();
				}
			}
		}
		catch (SQLException e) {
			throw new FlywayException("Could not move renumbered migrations to their present numbers in " + table, e);
		}
	}

	@Override
	public String getCallbackName() {
		return "renumbered-migrations";
	}

	private static String historyTable(Configuration configuration) {
		String schema = configuration.getDefaultSchema() != null ? configuration.getDefaultSchema()
				: configuration.getSchemas().length > 0 ? configuration.getSchemas()[0] : null;
		return schema == null ? quoted(configuration.getTable())
				: quoted(schema) + "." + quoted(configuration.getTable());
	}

	private static boolean exists(Connection connection, String table) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null")) {
			query.setString(1, table);
			try (var result = query.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private static String quoted(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}
}
