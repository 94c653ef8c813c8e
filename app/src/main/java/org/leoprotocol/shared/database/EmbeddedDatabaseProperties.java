package org.leoprotocol.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files.
 *
 * @param directory the root for the cluster's data and the unpacked server binaries; survives restarts
 * @param ephemeral start from a blank cluster and delete it on shutdown (tests)
 */
@ConfigurationProperties("leo.database.embedded")
record EmbeddedDatabaseProperties(Path directory, boolean ephemeral) {

	EmbeddedDatabaseProperties {
		directory = directory == null ? Path.of("data") : directory;
	}

	Path dataDirectory() {
		return directory.resolve("postgres");
	}

	Path binariesDirectory() {
		return directory.resolve("postgres-server");
	}
}
