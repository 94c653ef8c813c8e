package org.leoprotocol.shared.database;

import java.nio.file.Path;

import org.leoprotocol.shared.StartRefused;

/**
 * The embedded database already demands passwords, but the file that keeps them is gone: Leo cannot connect and will
 * not weaken the server's authentication to get in.
 */
final class PasswordsMissing extends StartRefused {

	PasswordsMissing(Path file) {
		super("The embedded database requires passwords, but " + file.toAbsolutePath() + " is missing", null);
	}

	@Override
	public String action() {
		return "Restore " + DatabasePasswords.FILE + " from the copy you keep of this installation's data directory, "
				+ "or restore the installation from a backup into a fresh directory (./leo restore DIR).";
	}
}
