package org.leoprotocol.evidence.backup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.leoprotocol.shared.LeoCommand;

import org.springframework.stereotype.Component;

/**
 * {@code ./leo backup DIR} and {@code ./leo restore DIR}: the whole installation into an empty directory, and back into
 * a fresh one, ending with the full verification ({@link InstallationBackup}).
 */
@Component
public class BackupCommand implements LeoCommand {

	private final InstallationBackup backup;

	BackupCommand(InstallationBackup backup) {
		this.backup = backup;
	}

	@Override
	public String name() {
		return "backup";
	}

	@Override
	public String usage() {
		return "backup DIR   copy the database, evidence blobs and signing key into the empty directory DIR (while Leo runs)";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		if (arguments.size() != 1) {
			out.println("Usage: ./leo " + usage());
			return 2;
		}
		Path directory = Path.of(arguments.get(0));
		try {
			if (!backup.available()) {
				out.println(
						"Leo uses an external PostgreSQL: back it up with pg_dump or point-in-time recovery (docs/database.md).");
				return 2;
			}
			if (Files.exists(directory) && !empty(directory)) {
				out.println(directory + " is not empty; a backup goes into an empty or new directory.");
				return 2;
			}
			backup.backup(directory, out);
			out.println("Backup written to " + directory.toAbsolutePath());
			return 0;
		}
		catch (IOException ex) {
			out.println("Backup failed: " + ex.getMessage());
			return 1;
		}
	}

	private static boolean empty(Path directory) throws IOException {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.findAny().isEmpty();
		}
	}
}
