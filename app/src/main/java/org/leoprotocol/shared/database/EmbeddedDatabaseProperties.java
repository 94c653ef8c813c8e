package org.leoprotocol.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files.
 *
 * @param directory the root of the cluster's data; survives restarts
 * @param serverDirectory where the server binaries are unpacked (default: {@code postgres-server} under directory)
 * @param ephemeral start from a blank cluster and delete it on shutdown (tests)
 */
@ConfigurationProperties("leo.database.embedded")
record EmbeddedDatabaseProperties(Path directory, Path serverDirectory, boolean ephemeral) {

	EmbeddedDatabaseProperties {
		directory = directory == null ? Path.of("data") : directory;
		serverDirectory = serverDirectory == null ? directory.resolve("postgres-server") : serverDirectory;
	}

	Path dataDirectory() {
		return directory.resolve("postgres");
	}
}
