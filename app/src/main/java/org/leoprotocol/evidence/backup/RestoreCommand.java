package org.leoprotocol.evidence.backup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.leoprotocol.shared.LeoCommand;

import org.springframework.stereotype.Component;

/** {@code ./leo restore DIR}: a backup into this (fresh) installation, then the full verification. */
@Component
public class RestoreCommand implements LeoCommand {

	private final InstallationBackup backup;

	RestoreCommand(InstallationBackup backup) {
		this.backup = backup;
	}

	@Override
	public String name() {
		return "restore";
	}

	@Override
	public String usage() {
		return "restore DIR   load a backup into a fresh data directory, then verify every record, blob and proof";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		if (arguments.size() != 1
				|| !Files.isRegularFile(Path.of(arguments.get(0), "database", "manifest.properties"))) {
			out.println("Usage: ./leo " + usage() + " (DIR is what ./leo backup wrote)");
			return 2;
		}
		if (!backup.available()) {
			out.println(
					"Leo uses an external PostgreSQL: restore it with pg_restore or point-in-time recovery (docs/database.md).");
			return 2;
		}
		try {
			boolean verified = backup.restore(Path.of(arguments.get(0)), out);
			out.println(verified ? "Restore complete and verified."
					: "Restore complete, but verification found problems (above).");
			return verified ? 0 : 1;
		}
		catch (IOException ex) {
			out.println("Restore failed: " + ex.getMessage());
			return 1;
		}
	}
}
