package org.leoprotocol.shared;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The database half of {@code ./leo backup} and {@code ./leo restore}, for the embedded PostgreSQL: every table copied
 * out within one snapshot (a repeatable-read transaction, so the copy is consistent while Leo keeps running), and
 * loaded back into a freshly migrated database of the same schema version.
 */
public interface DatabaseBackup {

	/** Writes the database into {@code directory}; returns the rows copied per table. */
	Map<String, Long> dump(Path directory) throws IOException;

	/**
	 * Replaces this installation's records with those in {@code directory}; returns the rows now in each table, counted
	 * after loading. Refuses a backup of another schema version and a database that is already in use.
	 */
	Map<String, Long> load(Path directory) throws IOException;
}
