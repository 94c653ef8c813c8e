package org.leoprotocol.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded server's host-based authentication ({@code pg_hba.conf}): every connection, from loopback only, proves a
 * password with SCRAM-SHA-256 (RFC 7677); nothing is trusted. {@code initdb} writes a file that trusts every local
 * connection; Leo replaces it once the roles have their passwords, then has the server reload it.
 */
final class ScramOnly {

	static final String MARKER = "# Written by Leo: SCRAM-SHA-256 on every connection";

	private static final String RULES = MARKER + """

			# TYPE  DATABASE  USER  ADDRESS       METHOD
			host    all       all   127.0.0.1/32  scram-sha-256
			host    all       all   ::1/128       scram-sha-256
			""";

	private ScramOnly() {
	}

	/** Whether the cluster in {@code dataDirectory} already demands passwords. */
	static boolean demandedIn(Path dataDirectory) {
		Path hba = dataDirectory.resolve("pg_hba.conf");
		try {
			return Files.isRegularFile(hba) && Files.readString(hba).startsWith(MARKER);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void enforce(EmbeddedPostgres postgres, Path dataDirectory) throws SQLException {
		if (demandedIn(dataDirectory)) {
			return;
		}
		try {
			Files.writeString(dataDirectory.resolve("pg_hba.conf"), RULES);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (Connection admin = postgres.getPostgresDatabase().getConnection(); var reload = admin.createStatement()) {
			reload.execute("select pg_reload_conf()");
		}
	}
}
